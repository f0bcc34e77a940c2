//! The tiny plain-text format of study-card bodies: paragraphs separated by blank lines, lines
//! starting with `- ` are bullets. Turned into blocks the UI renders as text nodes, never HTML.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<String>),
}

pub fn blocks(body: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut bullets: Vec<String> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !para.is_empty() {
            out.push(Block::Paragraph(para.join(" ")));
            para.clear();
        }
    };
    let flush_bullets = |bullets: &mut Vec<String>, out: &mut Vec<Block>| {
        if !bullets.is_empty() {
            out.push(Block::Bullets(std::mem::take(bullets)));
        }
    };
    for line in body.lines() {
        let line = line.trim();
        if let Some(item) = line.strip_prefix("- ") {
            flush_para(&mut para, &mut out);
            bullets.push(item.trim().to_string());
        } else if line.is_empty() {
            flush_para(&mut para, &mut out);
            flush_bullets(&mut bullets, &mut out);
        } else if !bullets.is_empty() && para.is_empty() {
            // A continuation line of the last bullet.
            if let Some(last) = bullets.last_mut() {
                last.push(' ');
                last.push_str(line);
            }
        } else {
            para.push(line);
        }
    }
    flush_para(&mut para, &mut out);
    flush_bullets(&mut bullets, &mut out);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_bullets() {
        let got = blocks("One line\nsame para.\n\n- first\n- second\n  continues\n\nLast.");
        assert_eq!(
            got,
            vec![
                Block::Paragraph("One line same para.".into()),
                Block::Bullets(vec!["first".into(), "second continues".into()]),
                Block::Paragraph("Last.".into()),
            ]
        );
    }

    #[test]
    fn markup_is_kept_as_text() {
        assert_eq!(
            blocks("<b>not bold</b>"),
            vec![Block::Paragraph("<b>not bold</b>".into())]
        );
    }
}
