//! A map from text keys to values, kept as one list sorted by key: the saved document's
//! checklist ticks and story items, a quiz's results by principle and section. The standard
//! `BTreeMap` adds 2–3 KB of wasm for every value type it holds (insert, rebalancing, clone and
//! drop of its nodes); these maps hold a few dozen entries, where a sorted list is as fast.
//! Iteration is in key order, as a `BTreeMap`'s, so saved text and screens keep their order.

use std::ops::Index;

#[derive(Debug, Clone, PartialEq)]
pub struct SortedMap<V>(Vec<(String, V)>);

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<V> SortedMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `key` is, or where it would go.
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Sets `key` to `value`; returns the value it replaced.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// Takes `key` out; returns its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// The value of `key`, inserted as the default first if missing.
    pub fn get_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.to_string(), V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Entries in key order.
    pub fn iter(&self) -> Iter<'_, V> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// Keeps the entries for which `keep` says true.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &mut V) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The entries of a map, in key order.
pub type Iter<'a, V> =
    std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;

    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

/// Entries in any order; of a key given twice, the last value is kept (as a `BTreeMap`).
impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = SortedMap::new();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

impl<V> Index<&str> for SortedMap<V> {
    type Output = V;

    /// Panics if `key` is missing, as a `BTreeMap` does: for tests and known keys.
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("no entry for this key")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// The same entries, in the same order, as a `BTreeMap` given the same inserts and
        /// removals.
        #[test]
        fn behaves_as_a_btree_map(ops in prop::collection::vec(("[a-e]{1,2}", any::<u8>()), 0..60)) {
            let mut ours = SortedMap::new();
            let mut btree = BTreeMap::new();
            for (key, value) in ops {
                if value % 5 == 0 {
                    prop_assert_eq!(ours.remove(&key), btree.remove(&key));
                } else {
                    prop_assert_eq!(ours.insert(key.clone(), value), btree.insert(key.clone(), value));
                }
                prop_assert_eq!(ours.get(&key), btree.get(&key));
            }
            let theirs: Vec<_> = btree.iter().collect();
            prop_assert_eq!(ours.iter().collect::<Vec<_>>(), theirs);
            prop_assert_eq!(ours.len(), btree.len());
        }
    }

    #[test]
    fn get_or_default_inserts_in_order() {
        let mut map: SortedMap<u32> = [("b".to_string(), 2)].into_iter().collect();
        *map.get_or_default("a") += 1;
        *map.get_or_default("b") += 1;
        assert_eq!(
            map.iter().collect::<Vec<_>>(),
            [(&"a".to_string(), &1), (&"b".to_string(), &3)]
        );
        assert_eq!(map["b"], 3);
        assert!(map.get_mut("c").is_none());
    }
}
