//! The pinned pseudo-random generator behind every shuffle. Share links and "challenge a friend"
//! rely on the same seed giving the same quiz in any browser on any day, so the algorithm is
//! written out here (SplitMix64, Steele et al. 2014) instead of borrowed from a crate whose
//! output may change between versions. Changing this file changes every shared quiz: don't.

#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0). Plain modulo: the bias is below 2^-50 for any list we shuffle,
    /// and simple is what keeps the sequence easy to re-implement elsewhere.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Fisher–Yates, from the last element down.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn sequence_is_pinned() {
        // Reference values of SplitMix64 for seed 0 (as published with the algorithm).
        let mut rng = SplitMix64::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(rng.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn shuffle_is_pinned_for_a_seed() {
        let mut items: Vec<u32> = (0..8).collect();
        SplitMix64::new(42).shuffle(&mut items);
        assert_eq!(items, vec![3, 1, 6, 2, 4, 0, 7, 5]);
    }
}
