// The built-in catalog is `universe/`, embedded with include_dir: rebuild when it changes.
fn main() {
    println!("cargo:rerun-if-changed=universe");
}
