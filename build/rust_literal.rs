//! A serde `Serializer` that writes a value as a Rust expression, e.g. `Rubric { signals: vec![…],
//! … }`. build.rs uses it to embed the rubric (the full build's) as generated code instead of
//! JSON: measured, the JSON deserialisers of its types (one `visit_map`, one `visit_seq` and one
//! `Vec<T>` reader each) cost more wasm than the code that builds the same values directly.
//!
//! Limits, all caught by the compiler when the generated code is built: field and variant names
//! must be the Rust names (no `rename`, except enums' `rename_all = "snake_case"` or
//! `"kebab-case"`, which is undone here); types are named without their module, so the generated file needs them in scope.

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

pub fn to_rust(value: &impl Serialize) -> Result<String, Error> {
    value.serialize(Literal)
}

struct Literal;

/// `snake_case` or `kebab-case` back to the Rust variant name: `true_false` → `TrueFalse`,
/// `we-instead-of-i` → `WeInsteadOfI`.
fn camel(snake: &str) -> String {
    snake
        .split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

pub struct Seq {
    open: &'static str,
    close: &'static str,
    items: Vec<String>,
}

impl Seq {
    fn new(open: &'static str, close: &'static str) -> Seq {
        Seq {
            open,
            close,
            items: Vec::new(),
        }
    }
    fn end(self) -> String {
        if let Some(joined) = self.joined_strings() {
            return joined;
        }
        format!("{}{}{}", self.open, self.items.join(", "), self.close)
    }

    /// A list of strings as one `lines(concat!(…))`: one call splitting one static text instead
    /// of a `String` built at each element (the coach's word lists hold about a thousand; built
    /// one by one they cost 29 KB of code). Not when a string holds a line break.
    fn joined_strings(&self) -> Option<String> {
        if self.open != "vec![" || self.items.len() < 2 {
            return None;
        }
        let literals = self
            .items
            .iter()
            .map(|i| i.strip_prefix("String::from(")?.strip_suffix(')'))
            .collect::<Option<Vec<&str>>>()?;
        if literals
            .iter()
            .any(|l| l.contains("\\n") || l.contains("\\r"))
        {
            return None;
        }
        Some(format!("lines(concat!({}))", literals.join(r#", "\n", "#)))
    }
}

pub struct Fields {
    head: String,
    fields: Vec<String>,
}

pub struct Map {
    entries: Vec<String>,
    key: Option<String>,
}

macro_rules! literal {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<String, Error> {
            Ok(format!("{v:?}"))
        }
    )*};
}

impl ser::Serializer for Literal {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Seq;
    type SerializeTuple = Seq;
    type SerializeTupleStruct = Seq;
    type SerializeTupleVariant = Seq;
    type SerializeMap = Map;
    type SerializeStruct = Fields;
    type SerializeStructVariant = Fields;

    literal!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_char: char);

    // `{:?}` of a float always has a point or an exponent, so it never reads as an integer.
    fn serialize_f32(self, v: f32) -> Result<String, Error> {
        Ok(format!("{v:?}f32"))
    }
    fn serialize_f64(self, v: f64) -> Result<String, Error> {
        Ok(format!("{v:?}f64"))
    }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(format!("String::from({v:?})"))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<String, Error> {
        Ok(format!("vec!{v:?}"))
    }
    fn serialize_none(self) -> Result<String, Error> {
        Ok("None".into())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<String, Error> {
        Ok(format!("Some({})", v.serialize(Literal)?))
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Ok("()".into())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<String, Error> {
        Ok(name.into())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(format!("{name}::{}", camel(variant)))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<String, Error> {
        Ok(format!("{name}({})", v.serialize(Literal)?))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<String, Error> {
        Ok(format!(
            "{name}::{}({})",
            camel(variant),
            v.serialize(Literal)?
        ))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq, Error> {
        Ok(Seq::new("vec![", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq, Error> {
        Ok(Seq::new("(", ",)"))
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Seq, Error> {
        Err(Error(format!("tuple struct {name}: not supported")))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Seq, Error> {
        Err(Error(format!("tuple variant of {name}: not supported")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map, Error> {
        Ok(Map {
            entries: Vec::new(),
            key: None,
        })
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Fields, Error> {
        Ok(Fields {
            head: name.into(),
            fields: Vec::new(),
        })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Fields, Error> {
        Ok(Fields {
            head: format!("{name}::{}", camel(variant)),
            fields: Vec::new(),
        })
    }
}

impl ser::SerializeSeq for Seq {
    type Ok = String;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.items.push(v.serialize(Literal)?);
        Ok(())
    }
    fn end(self) -> Result<String, Error> {
        Ok(Seq::end(self))
    }
}

impl ser::SerializeTuple for Seq {
    type Ok = String;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<String, Error> {
        Ok(Seq::end(self))
    }
}

impl ser::SerializeTupleStruct for Seq {
    type Ok = String;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<String, Error> {
        Ok(Seq::end(self))
    }
}

impl ser::SerializeTupleVariant for Seq {
    type Ok = String;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<String, Error> {
        Ok(Seq::end(self))
    }
}

impl ser::SerializeMap for Map {
    type Ok = String;
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> Result<(), Error> {
        self.key = Some(k.serialize(Literal)?);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error("map value without a key".into()))?;
        self.entries
            .push(format!("({key}, {})", v.serialize(Literal)?));
        Ok(())
    }
    fn end(self) -> Result<String, Error> {
        Ok(format!(
            "[{}].into_iter().collect()",
            self.entries.join(", ")
        ))
    }
}

impl Fields {
    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Result<(), Error> {
        let value = v.serialize(Literal)?;
        self.fields.push(format!("{key}: {value}"));
        Ok(())
    }
    /// A field left out by `skip_serializing_if` (an empty list, `None`, `false`): its default.
    fn skipped(&mut self, key: &'static str) {
        self.fields.push(format!("{key}: Default::default()"));
    }
    fn done(self) -> String {
        format!("{} {{ {} }}", self.head, self.fields.join(", "))
    }
}

impl ser::SerializeStruct for Fields {
    type Ok = String;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Error> {
        self.skipped(key);
        Ok(())
    }
    fn end(self) -> Result<String, Error> {
        Ok(self.done())
    }
}

impl ser::SerializeStructVariant for Fields {
    type Ok = String;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.field(key, v)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Error> {
        self.skipped(key);
        Ok(())
    }
    fn end(self) -> Result<String, Error> {
        Ok(self.done())
    }
}
