//! The template engine against template size: compile and render Mustache templates of 1 KB,
//! 10 KB and 100 KB (sections, inverted sections and names, like Universe templates). Time
//! should grow linearly: the per-KB ratio of 100 KB to 10 KB is printed at the end.
//!
//!     cargo bench --bench templates

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use serde_json::json;
use smack::catalog::{Dialect, Template};
use smack::render::Engine;

/// About `kb` KB of Mustache in the shape of a Universe template.
fn template(kb: usize) -> Template {
    let mut body = String::new();
    let mut i = 0;
    while body.len() < kb * 1024 {
        body.push_str(&format!(
            "  \"L{i}\": \"{{{{#s.on}}}}{{{{s.name}}}}-{i}{{{{/s.on}}}}{{{{^s.on}}}}off{{{{/s.on}}}}\",\n"
        ));
        i += 1;
    }
    Template {
        dialect: Dialect::Mustache,
        text: format!("{{\"id\": \"/tpl\", \"labels\": {{\n{body}  \"END\": \"x\"\n}}}}"),
        origin: format!("bench/{kb}KB"),
    }
}

fn compile_and_render(engine: &mut Engine, t: &Template, ctx: &serde_json::Value) -> usize {
    engine.compile("t", t).expect("the template compiles");
    let out = engine.render("t", ctx).expect("the template renders");
    engine.forget("t");
    out.len()
}

fn sizes(c: &mut Criterion) {
    let ctx = json!({"s": {"on": true, "name": "svc"}});
    let mut group = c.benchmark_group("mustache compile+render");
    for kb in [1usize, 10, 100] {
        let t = template(kb);
        group.throughput(Throughput::Bytes(t.text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb}KB")),
            &t,
            |b, t| {
                let mut engine = Engine::new();
                b.iter(|| compile_and_render(&mut engine, t, &ctx));
            },
        );
    }
    group.finish();
}

/// The median time per KB at a size, measured directly for the printed ratio.
fn per_kb(kb: usize) -> Duration {
    let ctx = json!({"s": {"on": true, "name": "svc"}});
    let t = template(kb);
    let mut engine = Engine::new();
    let runs = (2000 / kb).max(20);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(compile_and_render(&mut engine, &t, &ctx));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2] / kb as u32
}

criterion_group!(benches, sizes);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    let (one, ten, hundred) = (per_kb(1), per_kb(10), per_kb(100));
    println!(
        "per KB (median): 1 KB {one:?}, 10 KB {ten:?}, 100 KB {hundred:?}; \
         100 KB / 10 KB per-KB ratio {:.2} (linear: about 1)",
        hundred.as_secs_f64() / ten.as_secs_f64()
    );
}
