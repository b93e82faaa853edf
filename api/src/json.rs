//! protojson helpers: how ZITADEL's JSON differs from plain serde defaults.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// Timestamps travel as RFC 3339 UTC strings (`"2024-05-01T12:00:00.123456Z"`).
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Fields whose JSON values are maps or `google.protobuf.Struct`s: their keys are data, not field names, so
/// [`normalize`] leaves everything below them untouched.
const OPAQUE_FIELDS: &[&str] =
    &["metadata", "header", "credentialAssertionData", "publicKeyCredential", "translations", "rawInformation"];

/// Rewrites a decoded request body into the canonical form our serde types read: snake_case field names become
/// lowerCamelCase (`session_id` → `sessionId`, `web_auth_n` → `webAuthN`) and `null` values are dropped, because
/// protojson treats both spellings as the same field and `null` as "unset".
pub fn normalize(value: &mut Value) {
    if let Value::Object(map) = value {
        let entries = std::mem::take(map);
        let mut out = Map::with_capacity(entries.len());
        for (key, mut v) in entries {
            if v.is_null() {
                continue;
            }
            let key = snake_to_camel(&key);
            if !OPAQUE_FIELDS.contains(&key.as_str()) {
                normalize(&mut v);
            }
            out.insert(key, v);
        }
        *map = out;
    } else if let Value::Array(items) = value {
        items.iter_mut().for_each(normalize);
    }
}

/// A proto field name in its JSON spelling: `session_id` → `sessionId`, `web_auth_n` → `webAuthN`.
pub fn snake_to_camel(key: &str) -> String {
    if !key.contains('_') {
        return key.to_owned();
    }
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `int64`/`uint64` fields: written as strings, read from a string or a number.
pub mod int64 {
    use super::*;

    pub fn serialize<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        d.deserialize_any(U64Visitor)
    }

    struct U64Visitor;

    impl de::Visitor<'_> for U64Visitor {
        type Value = u64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a non-negative integer as a number or a decimal string")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
            Ok(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
            u64::try_from(v).map_err(|_| E::custom("must not be negative"))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
            if v.fract() == 0.0 && v >= 0.0 && v <= u64::MAX as f64 {
                Ok(v as u64)
            } else {
                Err(E::custom("must be a non-negative integer"))
            }
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<u64, E> {
            v.parse().map_err(|_| E::custom(format!("invalid integer {v:?}")))
        }
    }
}

/// A `google.protobuf.Duration`: `"3600s"`, `"0.5s"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duration(pub std::time::Duration);

impl Duration {
    pub const fn from_secs(secs: u64) -> Self {
        Self(std::time::Duration::from_secs(secs))
    }
    pub fn as_secs(&self) -> u64 {
        self.0.as_secs()
    }
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let nanos = self.0.subsec_nanos();
        if nanos == 0 {
            write!(f, "{}s", self.0.as_secs())
        } else {
            let frac = format!("{nanos:09}");
            write!(f, "{}.{}s", self.0.as_secs(), frac.trim_end_matches('0'))
        }
    }
}

impl std::str::FromStr for Duration {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let invalid = || format!("invalid duration {s:?}, expected seconds like \"3600s\"");
        let number = s.strip_suffix('s').ok_or_else(invalid)?;
        let (secs, frac) = number.split_once('.').unwrap_or((number, ""));
        if secs.is_empty() || !secs.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let secs: u64 = secs.parse().map_err(|_| invalid())?;
        let nanos: u32 = if frac.is_empty() { 0 } else { format!("{frac:0<9}").parse().map_err(|_| invalid())? };
        Ok(Self(std::time::Duration::new(secs, nanos)))
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

/// `bytes` fields: standard base64 with padding on output; any base64 flavour on input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use base64::Engine;
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
        use base64::Engine;
        let s = String::deserialize(d)?;
        [STANDARD, URL_SAFE, STANDARD_NO_PAD, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(&s).ok())
            .map(Bytes)
            .ok_or_else(|| de::Error::custom("invalid base64"))
    }
}

/// `skip_serializing_if` helper: protojson omits default values.
pub fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// Declares a protobuf enum that serializes as its value name and deserializes from the name or the number.
/// The first variant is the default (`*_UNSPECIFIED`).
#[macro_export]
macro_rules! proto_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $first:ident = $first_num:literal => $first_wire:literal $(, $variant:ident = $num:literal => $wire:literal)* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum $name {
            #[default]
            $first,
            $($variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$name::$first $(, $name::$variant)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $name::$first => $first_wire,
                    $($name::$variant => $wire,)*
                }
            }

            pub fn number(self) -> i32 {
                match self {
                    $name::$first => $first_num,
                    $($name::$variant => $num,)*
                }
            }

            pub fn from_name(s: &str) -> Option<Self> {
                match s {
                    $first_wire => Some($name::$first),
                    $($wire => Some($name::$variant),)*
                    _ => None,
                }
            }

            pub fn from_number(n: i64) -> Option<Self> {
                match n {
                    $first_num => Some($name::$first),
                    $($num => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use ::serde::de::Error;
                match ::serde_json::Value::deserialize(d)? {
                    ::serde_json::Value::String(s) => $name::from_name(&s)
                        .ok_or_else(|| D::Error::custom(format!("unknown {} value {s:?}", stringify!($name)))),
                    ::serde_json::Value::Number(n) => n.as_i64().and_then($name::from_number)
                        .ok_or_else(|| D::Error::custom(format!("unknown {} number {n}", stringify!($name)))),
                    other => Err(D::Error::custom(format!("expected {} name or number, got {other}", stringify!($name)))),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn normalize_camelizes_and_drops_nulls_but_keeps_opaque_keys() {
        let mut v = json!({
            "session_id": "1", "checks": {"user": {"login_name": "a"}, "web_auth_n": null},
            "metadata": {"my_key": "AA=="}, "queries": [{"user_name_query": {"user_name": "x"}}]
        });
        normalize(&mut v);
        assert_eq!(
            v,
            json!({"sessionId": "1", "checks": {"user": {"loginName": "a"}},
                   "metadata": {"my_key": "AA=="}, "queries": [{"userNameQuery": {"userName": "x"}}]})
        );
    }

    #[test]
    fn proto_field_web_auth_n_maps_like_protojson() {
        assert_eq!(snake_to_camel("web_auth_n"), "webAuthN");
        assert_eq!(snake_to_camel("otp_sms"), "otpSms");
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct WithInt {
        #[serde(with = "int64")]
        n: u64,
    }

    #[test]
    fn int64_is_a_string_out_and_either_in() {
        assert_eq!(serde_json::to_value(WithInt { n: 5 }).unwrap(), json!({"n": "5"}));
        assert_eq!(serde_json::from_value::<WithInt>(json!({"n": 7})).unwrap(), WithInt { n: 7 });
        assert_eq!(serde_json::from_value::<WithInt>(json!({"n": "8"})).unwrap(), WithInt { n: 8 });
        assert!(serde_json::from_value::<WithInt>(json!({"n": "x"})).is_err());
        assert!(serde_json::from_value::<WithInt>(json!({"n": -1})).is_err());
    }

    #[test]
    fn durations_round_trip() {
        for (text, secs, nanos) in [("3600s", 3600, 0), ("0.5s", 0, 500_000_000), ("1.000000001s", 1, 1)] {
            let d: Duration = text.parse().unwrap();
            assert_eq!(d.0, std::time::Duration::new(secs, nanos));
            assert_eq!(d.to_string(), text);
        }
        for bad in ["3600", "s", "-1s", "1.s5", "1.0000000001s", "abc s"] {
            assert!(bad.parse::<Duration>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn bytes_accept_every_base64_flavour() {
        for text in ["+/8=", "-_8=", "+/8", "-_8"] {
            let b: Bytes = serde_json::from_value(json!(text)).unwrap();
            assert_eq!(b.0, vec![0xfb, 0xff]);
        }
        assert_eq!(serde_json::to_value(Bytes(vec![0xfb, 0xff])).unwrap(), json!("+/8="));
    }

    proto_enum! {
        pub enum Colour { Unspecified = 0 => "COLOUR_UNSPECIFIED", Red = 1 => "COLOUR_RED" }
    }

    #[test]
    fn enums_use_names_and_accept_numbers() {
        assert_eq!(serde_json::to_value(Colour::Red).unwrap(), json!("COLOUR_RED"));
        assert_eq!(serde_json::from_value::<Colour>(json!(1)).unwrap(), Colour::Red);
        assert_eq!(serde_json::from_value::<Colour>(json!("COLOUR_RED")).unwrap(), Colour::Red);
        assert!(serde_json::from_value::<Colour>(json!("RED")).is_err());
        assert_eq!(Colour::Red.number(), 1);
        assert_eq!(Colour::ALL, &[Colour::Unspecified, Colour::Red]);
    }
}
