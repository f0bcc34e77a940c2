//! Typed reading and writing over [`Value`]: the traits, their impls for the primitive types,
//! and [`Object`], which reads a struct's fields the way serde's derive does (a missing
//! `Option` is `None`, `or_default` for `#[serde(default)]`, `only` for
//! `#[serde(deny_unknown_fields)]`), so documents written by either read the same.
//!
//! Errors are plain strings naming the field path (`` `attempts`: item 3: `score`: … ``); they
//! end up in logs and tests, never on screen (the codec shows its own words).

use super::Value;
use crate::sorted_map::SortedMap;
use std::cell::RefCell;

pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Result<Self, String>;
}

pub trait ToJson {
    fn to_json(&self) -> Value;
}

/// A struct's fields, read by name. A field that cannot be read is recorded (the first one)
/// and stands in as its default, so a struct is built in one expression and checked once with
/// [`Object::done`]: `o.done(Deck { id: o.req("id"), … })`. (With `?` after each field, the
/// compiler writes a drop of every earlier field at every later one: 0.6 KB gzip more wasm.)
pub struct Object<'a> {
    fields: &'a [(String, Value)],
    error: RefCell<Option<String>>,
}

impl<'a> Object<'a> {
    /// `value` as an object; a key written twice is refused, as serde refuses a field twice.
    pub fn of(value: &'a Value) -> Result<Self, String> {
        let Value::Object(fields) = value else {
            return Err(format!("expected an object, found {}", kind(value)));
        };
        for (i, (key, _)) in fields.iter().enumerate() {
            if fields[..i].iter().any(|(k, _)| k == key) {
                return Err(format!("`{key}` appears twice"));
            }
        }
        Ok(Object {
            fields,
            error: RefCell::new(None),
        })
    }

    /// Keeps the first error only: the one a reader would fix first.
    #[cold]
    fn fail(&self, error: String) {
        let mut slot = self.error.borrow_mut();
        if slot.is_none() {
            *slot = Some(error);
        }
    }

    /// The part of reading a field that is the same for every type, written once: finds it,
    /// says whether it is missing (and whether that is an error), runs `read` on its value and
    /// records an error with the field's name. The typed readers below only wrap it (less wasm
    /// per field type: README, "Size and speed").
    fn field(&self, key: &str, when: Absent, read: &mut dyn FnMut(&Value) -> Result<(), String>) {
        match (super::field(self.fields, key), when) {
            (None, Absent::Refused) => self.fail(format!("`{key}` is missing")),
            (None, _) | (Some(Value::Null), Absent::None) => {}
            (Some(value), _) => {
                if let Err(e) = read(value) {
                    self.fail(in_field(key, e));
                }
            }
        }
    }

    /// A required field.
    pub fn req<T: FromJson + Default>(&self, key: &str) -> T {
        self.req_or(key, T::default())
    }

    /// A required field of a type without a default: `placeholder` stands in if it fails.
    pub fn req_or<T: FromJson>(&self, key: &str, placeholder: T) -> T {
        let mut read = None;
        self.field(key, Absent::Refused, &mut |v| {
            T::from_json(v).map(|t| read = Some(t))
        });
        read.unwrap_or(placeholder)
    }

    /// An optional field: missing or `null` is `None`.
    pub fn opt<T: FromJson>(&self, key: &str) -> Option<T> {
        let mut read = None;
        self.field(key, Absent::None, &mut |v| {
            T::from_json(v).map(|t| read = Some(t))
        });
        read
    }

    /// A field with a default when missing (`null` is still refused, as serde does).
    pub fn or_default<T: FromJson + Default>(&self, key: &str) -> T {
        let mut read = None;
        self.field(key, Absent::Default, &mut |v| {
            T::from_json(v).map(|t| read = Some(t))
        });
        read.unwrap_or_default()
    }

    /// Refuses any key not in `known` (a typo or another program's document).
    pub fn only(&self, known: &[&str]) {
        if let Some((key, _)) = self
            .fields
            .iter()
            .find(|(k, _)| !known.contains(&k.as_str()))
        {
            self.fail(format!("unknown field `{key}`"));
        }
    }

    /// `value`, built from these fields, if every field read; else the first error.
    pub fn done<T>(&self, value: T) -> Result<T, String> {
        match self.error.take() {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}

/// What a missing field means.
#[derive(Clone, Copy)]
enum Absent {
    /// An error (a required field).
    Refused,
    /// Its default.
    Default,
    /// `None`, and so does `null`.
    None,
}

/// An error inside field `key`, with its path.
#[cold]
fn in_field(key: &str, error: String) -> String {
    format!("`{key}`: {error}")
}

/// Builds an object field by field, in the order written (the order serde writes: declaration).
#[derive(Default)]
pub struct ObjectWriter(Vec<(String, Value)>);

impl ObjectWriter {
    pub fn put(&mut self, key: &str, value: &(impl ToJson + ?Sized)) {
        self.0.push((key.to_string(), value.to_json()));
    }

    pub fn done(self) -> Value {
        Value::Object(self.0)
    }
}

/// The kind of a value, for an error message.
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn expected<T>(what: &str, value: &Value) -> Result<T, String> {
    Err(format!("expected {what}, found {}", kind(value)))
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(s) => Ok(s.clone()),
            _ => expected("a string", value),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(*b),
            _ => expected("a boolean", value),
        }
    }
}

/// A whole number that is not negative: digits only, as serde_json reads a `u64`.
impl FromJson for u64 {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Number(n) => n
                .parse()
                .map_err(|_| format!("expected a whole number ≥ 0, found {n}")),
            _ => expected("a number", value),
        }
    }
}

/// The smaller whole numbers: read as a `u64`, refused if too large; written as digits.
macro_rules! whole_number {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Value) -> Result<Self, String> {
                <$t>::try_from(u64::from_json(value)?).map_err(|_| "a number too large".into())
            }
        }

        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::Number(self.to_string())
            }
        }
    )*};
}
whole_number!(u32, usize);

impl FromJson for f64 {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Number(n) => Some(parse_f64(n))
                .filter(|f| f.is_finite())
                .ok_or_else(|| format!("a number out of range: {n}")),
            _ => expected("a number", value),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        let Value::Array(items) = value else {
            return expected("a list", value);
        };
        // A loop, not `collect` into a `Result`: smaller wasm per element type.
        let mut list = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            list.push(T::from_json(item).map_err(|e| format!("item {}: {e}", i + 1))?);
        }
        Ok(list)
    }
}

/// An object with any keys; a key written twice keeps its last value, as serde_json's maps do.
impl<T: FromJson> FromJson for SortedMap<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        let Value::Object(fields) = value else {
            return expected("an object", value);
        };
        let mut map = SortedMap::new();
        for (key, value) in fields {
            map.insert(
                key.clone(),
                T::from_json(value).map_err(|e| in_field(key, e))?,
            );
        }
        Ok(map)
    }
}

/// A pair is a list of two, as serde writes a tuple.
impl FromJson for (String, String) {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Array(items) if items.len() == 2 => {
                Ok((String::from_json(&items[0])?, String::from_json(&items[1])?))
            }
            _ => expected("a list of two", value),
        }
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToJson for u64 {
    fn to_json(&self) -> Value {
        Value::Number(self.to_string())
    }
}

/// The shortest text that reads back as the same number (`1733400000000`,
/// `0.8333333333333334`), or `null` for NaN and infinities, as serde_json writes them.
impl ToJson for f64 {
    fn to_json(&self) -> Value {
        if self.is_finite() {
            Value::Number(print_f64(*self))
        } else {
            Value::Null
        }
    }
}

// Decimal text to and from f64. In the browser, JavaScript's own `parseFloat` and `String(n)`:
// both exact (correctly rounded; the shortest text that reads back the same), and Rust's parser
// and printer would add their code and tables to the wasm (measured: 7 KB gzip). On the host,
// Rust's own, which print every number the app writes (dates in ms, scores in 0–1) as
// JavaScript does: no exponent between 1e-6 and 1e21. Browser tests check the browser's pair.

#[cfg(target_arch = "wasm32")]
fn parse_f64(text: &str) -> f64 {
    js_sys::parse_float(text)
}

#[cfg(target_arch = "wasm32")]
fn print_f64(number: f64) -> String {
    (js_sys::Number::from(number).to_string_with_radix(10))
        .map_or_else(|_| "0".into(), String::from)
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_f64(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(not(target_arch = "wasm32"))]
fn print_f64(number: f64) -> String {
    number.to_string()
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: ToJson> ToJson for SortedMap<T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

impl ToJson for (String, String) {
    fn to_json(&self) -> Value {
        Value::Array(vec![self.0.to_json(), self.1.to_json()])
    }
}
