//! Writing and reading the fields of a payload: unsigned LEB128 numbers and length-prefixed
//! strings. Reading is for untrusted input: every read is bounded and says what was missing.

#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn number(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    pub fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub fn text(&mut self, s: &str) {
        self.number(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn raw(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
    }
}

/// What a field of a payload could not be read as. `&'static str` names the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The bytes ended inside this field.
    Missing(&'static str),
    /// This field holds a value no encoder writes.
    Invalid(&'static str),
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn position(&self) -> usize {
        self.at
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.bytes.len()
    }

    pub fn byte(&mut self, field: &'static str) -> Result<u8, ReadError> {
        let b = *self.bytes.get(self.at).ok_or(ReadError::Missing(field))?;
        self.at += 1;
        Ok(b)
    }

    /// At most ten bytes (a u64); a longer or overflowing number is invalid, not a loop.
    pub fn number(&mut self, field: &'static str) -> Result<u64, ReadError> {
        let mut n: u64 = 0;
        for shift in (0..70).step_by(7) {
            let b = self.byte(field)?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(ReadError::Invalid(field));
            }
            n |= part << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(ReadError::Invalid(field))
    }

    pub fn take(&mut self, len: usize, field: &'static str) -> Result<&'a [u8], ReadError> {
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(ReadError::Missing(field))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// A length-prefixed UTF-8 string of at most `max` bytes.
    pub fn text(&mut self, max: usize, field: &'static str) -> Result<&'a str, ReadError> {
        let len = self.number(field)?;
        if len > max as u64 {
            return Err(ReadError::Invalid(field));
        }
        let raw = self.take(len as usize, field)?;
        std::str::from_utf8(raw).map_err(|_| ReadError::Invalid(field))
    }
}
