//! The stylesheet minifier of build.rs (`build/css.rs`), which writes the CSS the wasm carries.

#[path = "../build/css.rs"]
mod css;

use css::minify;

#[test]
fn comments_and_spacing_go_and_quoted_text_and_selectors_stay() {
    let source = "/* a comment */\n.sd-z{}\n/* another */\n.sd-a :focus,\n.sd-b:hover {\n  color: red;\n  content: \"a  /* b */  c\";\n}\n@media (max-width: 600px) {\n  .sd-c > p { margin: 0 auto; }\n}\n";
    assert_eq!(
        minify(source),
        ".sd-z{}.sd-a :focus,.sd-b:hover{color:red;content:\"a  /* b */  c\"}@media (max-width:600px){.sd-c > p{margin:0 auto}}"
    );
}

#[test]
fn the_shipped_stylesheets_keep_every_rule_and_lose_their_comments() {
    for source in [
        include_str!("../src/style.css"),
        include_str!("../src/style-full.css"),
    ] {
        check(source);
    }
}

fn check(source: &str) {
    let min = minify(source);
    assert!(
        min.len() < source.len() * 85 / 100,
        "{} of {}",
        min.len(),
        source.len()
    );
    assert!(!min.contains("/*"));
    assert_eq!(min.matches('{').count(), source.matches('{').count());
    assert_eq!(min.matches('{').count(), min.matches('}').count());
}
