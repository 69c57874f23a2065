//! Reading an app the way Marathon's generated play-json readers do (acceptance.md §2): declared
//! fields only, `null` as absent, no coercion but integral decimals and enum case, facets
//! checked at read time, unions tried in order.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use regex::Regex;
use serde_json::{Map, Number, Value};

use super::model::{self, Field, Ty};
use super::{Finding, Path, Phase, Profile, Seg, Severity};
use crate::schema::compact;

/// Reads the app: the value Marathon would hold, and the findings of reading.
pub fn read_app(app: &Map<String, Value>, profile: &Profile) -> (Map<String, Value>, Vec<Finding>) {
    let mut reader = Reader {
        profile,
        findings: Vec::new(),
    };
    let mut path = Vec::new();
    let out = reader.object(app, model::fields(&model::APP), &mut path, true);
    (out, reader.findings)
}

struct Reader<'p> {
    profile: &'p Profile,
    findings: Vec<Finding>,
}

fn regex(pattern: &'static str) -> Option<Regex> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Regex>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().ok()?;
    if let Some(re) = map.get(pattern) {
        return Some(re.clone());
    }
    // Java's `matches`: the whole string.
    let re = Regex::new(&format!("^(?:{pattern})$")).ok()?;
    map.insert(pattern, re.clone());
    Some(re)
}

/// What an unexpected JSON value is called in Marathon's errors: `error.expected.jsnumber`.
fn expected_key(ty: &Ty) -> &'static str {
    match ty {
        Ty::Str { .. } | Ty::DateTime | Ty::Enum(_) => "error.expected.jsstring",
        Ty::Int { .. } | Ty::Num { .. } => "error.expected.jsnumber",
        Ty::Bool => "error.expected.jsboolean",
        Ty::Array { .. } => "error.expected.jsarray",
        Ty::Map(_) | Ty::Obj(_) => "error.expected.jsobject",
        Ty::Union(alts) => alts
            .last()
            .map_or("error.expected.jsobject", |t| expected_key(t)),
    }
}

fn type_name(ty: &Ty) -> String {
    match ty {
        Ty::Str { .. } | Ty::DateTime => "a string".into(),
        Ty::Int { .. } => "an integer".into(),
        Ty::Num { .. } => "a number".into(),
        Ty::Bool => "true or false".into(),
        Ty::Enum(values) => format!("one of {} (any case)", values.join(", ")),
        Ty::Array { .. } => "an array".into(),
        Ty::Map(_) | Ty::Obj(_) => "an object".into(),
        Ty::Union(alts) => alts
            .iter()
            .map(|t| type_name(t))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn with(path: &Path, seg: Seg) -> Path {
    let mut p = path.clone();
    p.push(seg);
    p
}

impl Reader<'_> {
    fn error(&mut self, path: &Path, marathon: &str, message: String, found: Option<&Value>) {
        self.findings.push(Finding {
            severity: Severity::Error,
            phase: Phase::Read,
            path: path.clone(),
            message,
            marathon: marathon.to_string(),
            found: found.map(compact),
            hint: None,
        });
    }

    fn warn(&mut self, path: Path, message: String, hint: Option<String>) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            phase: Phase::Read,
            path,
            message,
            marathon: String::new(),
            found: None,
            hint,
        });
    }

    /// Reads the declared fields of an object; the others are dropped with a warning.
    fn object(
        &mut self,
        obj: &Map<String, Value>,
        fields: &'static [Field],
        path: &mut Path,
        top: bool,
    ) -> Map<String, Value> {
        let minor = self.profile.version.minor;
        let mut out = Map::new();
        for field in fields {
            if field.since > minor {
                continue;
            }
            let fpath = with(path, Seg::Key(field.name.to_string()));
            if let Some(v) = self.field(obj, field, &fpath, top) {
                out.insert(field.name.to_string(), v);
            }
        }
        for (key, value) in obj {
            let declared = fields.iter().find(|f| f.name == key);
            match declared {
                Some(f) if f.since <= minor => {
                    if f.no_effect && !matches!(value, Value::Null) {
                        self.warn(
                            with(path, Seg::Key(key.clone())),
                            format!(
                                "Marathon {} reads this field but it has no effect",
                                self.profile.version
                            ),
                            None,
                        );
                    }
                }
                Some(f) => self.warn(
                    with(path, Seg::Key(key.clone())),
                    format!(
                        "Marathon {} ignores this field (it was added in Marathon 1.{})",
                        self.profile.version, f.since
                    ),
                    Some(format!(
                        "the field takes effect from Marathon 1.{} on; {}",
                        f.since,
                        self.profile.assumption("version")
                    )),
                ),
                None if top && model::REPORTED.contains(&key.as_str()) => {}
                None => {
                    let known = fields
                        .iter()
                        .filter(|f| f.since <= minor)
                        .map(|f| f.name)
                        .filter(|n| !obj.contains_key(*n));
                    let close = crate::suggest::closest(key, known, 1);
                    let hint = close.first().map(|c| format!("did you mean {c}?"));
                    self.warn(
                        with(path, Seg::Key(key.clone())),
                        "Marathon ignores this field".into(),
                        hint,
                    );
                }
            }
        }
        out
    }

    /// Reads one field; an absent collection of the app itself reads as an empty one.
    fn field(
        &mut self,
        obj: &Map<String, Value>,
        field: &'static Field,
        path: &Path,
        top: bool,
    ) -> Option<Value> {
        let ty = self.version_ty(field.ty);
        match obj.get(field.name) {
            None | Some(Value::Null) => {
                let given_null = obj.contains_key(field.name);
                if let Some(default) = field.default {
                    let value: Value =
                        serde_json::from_str(default).expect("model defaults are JSON");
                    let value = if field.name == "maxLaunchDelaySeconds" {
                        Value::from(model::max_launch_delay(self.profile.version.minor))
                    } else {
                        value
                    };
                    if given_null {
                        self.warn(
                            path.clone(),
                            format!("null here means Marathon's default, {value}"),
                            None,
                        );
                    }
                    return Some(value);
                }
                if field.required {
                    if given_null {
                        self.error(
                            path,
                            expected_key(ty),
                            format!("expected {}, found null", type_name(ty)),
                            Some(&Value::Null),
                        );
                    } else {
                        let object = Value::Object(obj.clone());
                        self.error(
                            path,
                            &format!("'{}' is undefined on object: {}", field.name, object),
                            "this field is required".into(),
                            None,
                        );
                    }
                    return None;
                }
                if field.force_optional || !top {
                    return None;
                }
                match ty {
                    Ty::Array { .. } => Some(Value::Array(Vec::new())),
                    Ty::Map(_) => Some(Value::Object(Map::new())),
                    _ => None,
                }
            }
            Some(v) => self.value(v, ty, path, true),
        }
    }

    /// The form of a type the target line reads.
    fn version_ty(&self, ty: &'static Ty) -> &'static Ty {
        let minor = self.profile.version.minor;
        if std::ptr::eq(ty, &model::UPGRADE_STRATEGY) && minor < 5 {
            return &model::UPGRADE_STRATEGY_14;
        }
        ty
    }

    /// The union alternatives the target line knows.
    fn alternatives(&self, alts: &'static [&'static Ty]) -> Vec<&'static Ty> {
        let minor = self.profile.version.minor;
        alts.iter()
            .copied()
            .filter(|t| !(std::ptr::eq(*t, &model::SECRET_VOLUME) && minor < 5))
            .map(|t| {
                if std::ptr::eq(t, &model::EXTERNAL_VOLUME) && minor < 11 {
                    &model::EXTERNAL_VOLUME_DVDI
                } else {
                    t
                }
            })
            .collect()
    }

    fn value(&mut self, v: &Value, ty: &'static Ty, path: &Path, facets: bool) -> Option<Value> {
        let wrong = |r: &mut Self| {
            r.error(
                path,
                expected_key(ty),
                format!("expected {}", type_name(ty)),
                Some(v),
            );
            None
        };
        match ty {
            Ty::Str { min, max, pattern } => {
                let Value::String(s) = v else {
                    return wrong(self);
                };
                if facets {
                    let len = s.chars().count();
                    if len < *min {
                        self.error(
                            path,
                            "error.minLength",
                            format!(
                                "expected a string of at least {min} character{}",
                                plural(*min)
                            ),
                            Some(v),
                        );
                        return None;
                    }
                    if let Some(max) = max
                        && len > *max
                    {
                        self.error(
                            path,
                            "error.maxLength",
                            format!("expected a string of at most {max} characters"),
                            Some(v),
                        );
                        return None;
                    }
                    if let Some(p) = pattern
                        && let Some(re) = regex(p)
                        && !re.is_match(s)
                    {
                        let message = if std::ptr::eq(ty, &model::PATH_ID) {
                            crate::marathon::app::canonical_id(s)
                                .err()
                                .unwrap_or_else(|| "expected an app id".into())
                        } else {
                            format!("expected a string matching {p}")
                        };
                        self.error(path, "error.pattern", message, Some(v));
                        if std::ptr::eq(ty, &model::PATH_ID)
                            && let Some(last) = self.findings.last_mut()
                        {
                            last.hint = Some("choose another id with --app-id".into());
                        }
                        return None;
                    }
                }
                Some(v.clone())
            }
            Ty::DateTime => match v {
                Value::String(_) => Some(v.clone()),
                _ => wrong(self),
            },
            Ty::Int { min, max, long } => {
                let Value::Number(n) = v else {
                    return wrong(self);
                };
                if let Some(reason) = beyond_parser(n) {
                    self.error(path, "error.expected.jsnumber", reason, Some(v));
                    return None;
                }
                let Some(i) = integral(n, *long) else {
                    let (key, bits) = if *long {
                        ("error.expected.long", 64)
                    } else {
                        ("error.expected.int", 32)
                    };
                    let message = if crate::number::Decimal::of(n).is_integral() {
                        format!("expected an integer that fits in {bits} bits")
                    } else {
                        "expected an integer".into()
                    };
                    self.error(path, key, message, Some(v));
                    return None;
                };
                if facets {
                    if let Some(min) = min
                        && i < *min
                    {
                        self.error(
                            path,
                            "error.min",
                            format!("expected an integer >= {min}"),
                            Some(v),
                        );
                        return None;
                    }
                    if let Some(max) = max
                        && i > *max
                    {
                        self.error(
                            path,
                            "error.max",
                            format!("expected an integer <= {max}"),
                            Some(v),
                        );
                        return None;
                    }
                }
                Some(Value::from(i))
            }
            Ty::Num { min, max } => {
                let Value::Number(n) = v else {
                    return wrong(self);
                };
                if let Some(reason) = beyond_parser(n) {
                    self.error(path, "error.expected.jsnumber", reason, Some(v));
                    return None;
                }
                let x = crate::number::Decimal::of(n).to_f64();
                if !x.is_finite() {
                    self.error(
                        path,
                        "error.expected.double",
                        "expected a number within a double's range (Marathon reads it as \
                         Infinity and cannot write the app back)"
                            .into(),
                        Some(v),
                    );
                    return None;
                }
                if facets {
                    if let Some(min) = min
                        && x < *min
                    {
                        self.error(
                            path,
                            "error.min",
                            format!("expected a number >= {min}"),
                            Some(v),
                        );
                        return None;
                    }
                    if let Some(max) = max
                        && x > *max
                    {
                        self.error(
                            path,
                            "error.max",
                            format!("expected a number <= {max}"),
                            Some(v),
                        );
                        return None;
                    }
                }
                Some(double(n))
            }
            Ty::Bool => match v {
                Value::Bool(_) => Some(v.clone()),
                _ => wrong(self),
            },
            Ty::Enum(values) => {
                let Value::String(s) = v else {
                    return wrong(self);
                };
                let found = values.iter().find(|e| e.eq_ignore_ascii_case(s));
                match found {
                    Some(e) => Some(Value::String(e.to_string())),
                    None if std::ptr::eq(ty, &model::NETWORK_PROTOCOL)
                        && !self.profile.at_least(5)
                        && protocol_14(s) =>
                    {
                        Some(v.clone())
                    }
                    None => {
                        self.error(
                            path,
                            "error.unknown.enum.literal",
                            format!("expected one of {} (any case)", values.join(", ")),
                            Some(v),
                        );
                        None
                    }
                }
            }
            Ty::Array {
                items,
                min,
                max,
                unique,
            } => {
                let Value::Array(list) = v else {
                    return wrong(self);
                };
                if let Some(min) = min
                    && list.len() < *min
                {
                    self.error(
                        path,
                        "error.minLength",
                        format!("expected at least {min} item{}", plural(*min)),
                        Some(v),
                    );
                    return None;
                }
                if let Some(max) = max
                    && list.len() > *max
                {
                    self.error(
                        path,
                        "error.maxLength",
                        format!("expected at most {max} items"),
                        Some(v),
                    );
                    return None;
                }
                let mut out: Vec<Value> = Vec::with_capacity(list.len());
                let mut ok = true;
                for (i, item) in list.iter().enumerate() {
                    match self.value(item, items, &with(path, Seg::Index(i)), false) {
                        Some(x) => {
                            if !(*unique && out.contains(&x)) {
                                out.push(x);
                            }
                        }
                        None => ok = false,
                    }
                }
                ok.then_some(Value::Array(out))
            }
            Ty::Map(values) => {
                let Value::Object(map) = v else {
                    return wrong(self);
                };
                let mut out = Map::new();
                let mut ok = true;
                for (k, item) in map {
                    match self.value(item, values, &with(path, Seg::Key(k.clone())), true) {
                        Some(x) => {
                            out.insert(k.clone(), x);
                        }
                        None => ok = false,
                    }
                }
                ok.then_some(Value::Object(out))
            }
            Ty::Obj(fields) => {
                let Value::Object(map) = v else {
                    return wrong(self);
                };
                let before = self.errors();
                let mut p = path.clone();
                let out = self.object(map, fields, &mut p, false);
                (self.errors() == before).then_some(Value::Object(out))
            }
            Ty::Union(alts) => {
                let alts = self.alternatives(alts);
                let last = alts.len().saturating_sub(1);
                for (i, alt) in alts.iter().enumerate() {
                    let mut trial = Reader {
                        profile: self.profile,
                        findings: Vec::new(),
                    };
                    let got = trial.value(v, alt, path, facets);
                    if let Some(x) = got
                        && trial.errors() == 0
                    {
                        self.findings.extend(trial.findings);
                        return Some(x);
                    }
                    if i == last {
                        self.findings.extend(trial.findings);
                    }
                }
                None
            }
        }
    }

    fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}

/// An integral number, as play-json's Int and Long readers take it (`1.0` and `1e2` included:
/// Scala's `BigDecimal.isValidInt`/`isValidLong` on the exact value, so `2147483648` is no Int
/// and `1e400` no Long).
fn integral(n: &Number, long: bool) -> Option<i64> {
    let i = crate::number::Decimal::of(n).to_i64()?;
    if long || (i32::MIN as i64..=i32::MAX as i64).contains(&i) {
        Some(i)
    } else {
        None
    }
}

/// play-json's parser limits (`BigDecimalParseSettings`, as Marathon 1.11's play-json 2.8 has
/// them): a number of more than 310 characters, or whose scale is past ±6178, is refused
/// before any field is read ("Number is larger than supported", "Number scale … is out of
/// limits").
fn beyond_parser(n: &Number) -> Option<String> {
    let text = n.as_str();
    if text.len() > 310 {
        return Some(format!(
            "a number of {} characters: Marathon's JSON parser takes at most 310",
            text.len()
        ));
    }
    let scale = crate::number::Decimal::java_scale(text);
    if scale.unsigned_abs() > 6178 {
        return Some(format!(
            "a number of scale {scale}: Marathon's JSON parser takes scales within ±6178"
        ));
    }
    None
}

/// A number as play-json's Double reader gives it: the nearest double, written back as
/// Marathon writes a Double (`100` and `100.0` are one value, written `100`).
fn double(n: &Number) -> Value {
    let x = crate::number::Decimal::of(n).to_f64();
    crate::number::marathon_double(x).map_or(Value::Null, Value::Number)
}

/// Marathon 1.4's protocol rule: a comma-separated list of distinct `tcp` and `udp`.
fn protocol_14(s: &str) -> bool {
    let parts: Vec<String> = s
        .split(',')
        .map(|p| p.trim().to_ascii_lowercase())
        .collect();
    let mut seen = Vec::new();
    for p in &parts {
        if !matches!(p.as_str(), "tcp" | "udp") || seen.contains(p) {
            return false;
        }
        seen.push(p.clone());
    }
    !parts.is_empty()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(app: Value, profile: &Profile) -> (Map<String, Value>, Vec<Finding>) {
        read_app(app.as_object().unwrap(), profile)
    }

    #[test]
    fn integers() {
        let p = Profile::dcos();
        let (app, f) = read(json!({"id": "/a", "cmd": "sleep", "instances": 1.0}), &p);
        assert!(f.is_empty(), "{f:?}");
        assert_eq!(app["instances"], json!(1));
        let (_, f) = read(json!({"id": "/a", "instances": 1.5}), &p);
        assert_eq!(f[0].marathon, "error.expected.int");
        let (_, f) = read(json!({"id": "/a", "instances": "1"}), &p);
        assert_eq!(f[0].marathon, "error.expected.jsnumber");
        let (_, f) = read(json!({"id": "/a", "instances": -1}), &p);
        assert_eq!(f[0].marathon, "error.min");
    }

    #[test]
    fn enums_and_unknowns() {
        let p = Profile::dcos();
        let (app, f) = read(
            json!({"id": "/a", "container": {"type": "docker", "docker": {"image": "x", "priviledged": true}}}),
            &p,
        );
        assert_eq!(app["container"]["type"], "DOCKER");
        assert_eq!(app["container"]["docker"]["privileged"], false);
        assert_eq!(f.len(), 1);
        assert_eq!(
            super::super::pointer(&f[0].path),
            "/container/docker/priviledged"
        );
        assert_eq!(f[0].hint.as_deref(), Some("did you mean privileged?"));
    }

    #[test]
    fn unions_report_the_last_alternative() {
        let p = Profile::dcos();
        let (_, f) = read(
            json!({"id": "/a", "container": {"type": "MESOS", "volumes": [{"containerPath": "d", "mode": "RW", "persistent": {"type": "zfs", "size": 1}}]}}),
            &p,
        );
        let errors: Vec<_> = f.iter().filter(|f| f.severity == Severity::Error).collect();
        assert_eq!(errors.len(), 1, "{f:?}");
        assert_eq!(
            super::super::marathon_path(&errors[0].path),
            "/container/volumes(0)/hostPath"
        );
        assert!(
            errors[0]
                .marathon
                .starts_with("'hostPath' is undefined on object")
        );
    }
}
