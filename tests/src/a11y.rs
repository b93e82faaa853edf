//! Accessibility helpers: the axe-core audit, colour-scheme and direction emulation, keyboard input through
//! WebDriver actions, and what has focus.

use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::paths::workspace_root;
use crate::Browser;

/// The rule sets the audit runs: WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices.
const RULE_TAGS: [&str; 6] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/// `axe.min.js`, read once per test binary. `cargo xtask test` installs it (npm axe-core, pinned) and passes
/// its path as `GATEHOUSE_AXE_JS`; without that the workspace's `.tools/` copy is used.
fn axe_source() -> Result<&'static str> {
    static SOURCE: OnceLock<std::result::Result<String, String>> = OnceLock::new();
    let source = SOURCE.get_or_init(|| {
        let path = std::env::var_os("GATEHOUSE_AXE_JS")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace_root().join(".tools/node_modules/axe-core/axe.min.js"));
        std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {} ({e}): run `cargo xtask test` to install axe-core", path.display()))
    });
    source.as_deref().map_err(|e| anyhow!("{e}"))
}

/// One axe rule that failed, with the elements it failed on.
#[derive(Debug)]
pub struct Violation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub help_url: String,
    /// CSS selectors of the failing elements, each with axe's summary of what to fix.
    pub nodes: Vec<(String, String)>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "- {} ({}): {} <{}>", self.id, self.impact, self.help, self.help_url)?;
        for (target, summary) in &self.nodes {
            let summary = summary.replace('\n', " ");
            writeln!(f, "    at {target}: {summary}")?;
        }
        Ok(())
    }
}

/// A Chrome DevTools Protocol command through chromedriver (`POST /session/{id}/goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// What has focus, and whether it shows a focus indicator.
#[derive(Debug, Clone)]
pub struct Focus {
    /// Tag name, lower case (`body` when nothing has focus).
    pub tag: String,
    pub id: String,
    /// Whether the element matches `:focus-visible`.
    pub focus_visible: bool,
    /// Computed `outline-style` and `outline-width`, and `box-shadow`, as the browser paints them now.
    pub outline: String,
    pub box_shadow: String,
}

impl Focus {
    /// A drawn focus indicator: an outline of at least 2 px, or a box shadow.
    pub fn is_indicated(&self) -> bool {
        let outline_px = self
            .outline
            .split_whitespace()
            .find_map(|part| part.strip_suffix("px").and_then(|n| n.parse::<f64>().ok()))
            .unwrap_or(0.0);
        let outlined = !self.outline.starts_with("none") && outline_px >= 2.0;
        outlined || (self.box_shadow != "none" && !self.box_shadow.is_empty())
    }
}

impl Browser {
    /// Runs axe-core over the whole document (injected through WebDriver, so the page's CSP does not apply)
    /// and fails with a readable list of every violation.
    pub async fn audit_accessibility(&self) -> Result<()> {
        let violations = self.accessibility_violations().await?;
        if violations.is_empty() {
            return Ok(());
        }
        let path = self.path().await.unwrap_or_default();
        let list: String = violations.iter().map(ToString::to_string).collect();
        bail!("{} accessibility violation(s) on {path}:\n{list}", violations.len())
    }

    /// The axe-core violations of the current page (WCAG 2.2 A/AA and best practices).
    pub async fn accessibility_violations(&self) -> Result<Vec<Violation>> {
        let loaded = self.client().execute("return typeof window.axe === 'object';", vec![]).await?;
        if loaded != Value::Bool(true) {
            self.client().execute(axe_source()?, vec![]).await.context("cannot inject axe-core")?;
        }
        let script = "const done = arguments[arguments.length - 1];\
             axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})\
               .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,\
                  helpUrl: v.helpUrl, nodes: v.nodes.map(n => [n.target.join(' '), n.failureSummary || ''])}))}))\
               .catch(e => done({error: String(e)}));";
        let result = self.client().execute_async(script, vec![json!(RULE_TAGS)]).await.context("axe.run")?;
        if let Some(error) = result.get("error") {
            bail!("axe.run failed: {error}");
        }
        let violations = result.get("violations").and_then(Value::as_array).cloned().unwrap_or_default();
        Ok(violations
            .iter()
            .map(|v| {
                let text = |key: &str| v.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
                let nodes = v
                    .get("nodes")
                    .and_then(Value::as_array)
                    .map(|nodes| {
                        nodes
                            .iter()
                            .map(|n| {
                                let part = |i: usize| n.get(i).and_then(Value::as_str).unwrap_or_default().to_owned();
                                (part(0), part(1))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                Violation {
                    id: text("id"),
                    impact: text("impact"),
                    help: text("help"),
                    help_url: text("helpUrl"),
                    nodes,
                }
            })
            .collect())
    }

    /// Sends a Chrome DevTools Protocol command, e.g. `Emulation.setEmulatedMedia`.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        let command = json!({"cmd": cmd, "params": params});
        self.client().issue_cmd(Cdp(command)).await.with_context(|| format!("CDP {cmd}"))
    }

    /// Makes pages see `prefers-color-scheme: <scheme>` (`"dark"`, `"light"`) and, with `reduced_motion`,
    /// `prefers-reduced-motion: reduce`.
    pub async fn emulate_media(&self, scheme: &str, reduced_motion: bool) -> Result<()> {
        let motion = if reduced_motion { "reduce" } else { "no-preference" };
        let features = json!([
            {"name": "prefers-color-scheme", "value": scheme},
            {"name": "prefers-reduced-motion", "value": motion},
        ]);
        self.cdp("Emulation.setEmulatedMedia", json!({"features": features})).await.map(drop)
    }

    /// Presses and releases each key in turn (`Key::Tab`, `'a'`, ...), as a keyboard user would.
    pub async fn press(&self, keys: &[char]) -> Result<()> {
        let mut actions = KeyActions::new("keyboard".to_owned());
        for &key in keys {
            actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
        }
        self.client().perform_actions(actions).await.context("keyboard actions")
    }

    /// Shift+Tab: focus moves backwards.
    pub async fn press_shift_tab(&self) -> Result<()> {
        let (shift, tab) = (char::from(Key::Shift), char::from(Key::Tab));
        let actions = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab })
            .then(KeyAction::Up { value: shift });
        self.client().perform_actions(actions).await.context("keyboard actions")
    }

    /// Types `text` into whatever has focus.
    pub async fn type_text(&self, text: &str) -> Result<()> {
        self.press(&text.chars().collect::<Vec<_>>()).await
    }

    /// The element that has focus now, and how its focus is drawn.
    pub async fn focused(&self) -> Result<Focus> {
        let value = self
            .client()
            .execute(
                "const el = document.activeElement || document.body; const s = getComputedStyle(el);\
                 return {tag: el.tagName.toLowerCase(), id: el.id || '', visible: el.matches(':focus-visible'),\
                   outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow};",
                vec![],
            )
            .await?;
        let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
        Ok(Focus {
            tag: text("tag"),
            id: text("id"),
            focus_visible: value.get("visible").and_then(Value::as_bool).unwrap_or(false),
            outline: text("outline"),
            box_shadow: text("shadow"),
        })
    }

    /// Presses Tab until the element `#id` has focus (at most `limit` times); fails if focus never gets there.
    pub async fn tab_to(&self, id: &str, limit: usize) -> Result<Focus> {
        let mut seen = Vec::new();
        for _ in 0..limit {
            let focus = self.focused().await?;
            if focus.id == id {
                return Ok(focus);
            }
            seen.push(if focus.id.is_empty() { focus.tag } else { format!("#{}", focus.id) });
            self.press(&[Key::Tab.into()]).await?;
        }
        let focus = self.focused().await?;
        if focus.id == id {
            return Ok(focus);
        }
        bail!("Tab never reached #{id} in {limit} presses; focus went {}", seen.join(" → "))
    }

    /// Waits until `#id` has focus (focus moves after a render, so the check polls).
    pub async fn wait_for_focus(&self, id: &str) -> Result<Focus> {
        let started = std::time::Instant::now();
        loop {
            let focus = self.focused().await?;
            if focus.id == id {
                return Ok(focus);
            }
            if started.elapsed() > crate::browser::WAIT {
                let path = self.path().await.unwrap_or_default();
                bail!("focus stayed on <{} id={:?}> instead of #{id} on {path}", focus.tag, focus.id);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// How far the page scrolls sideways: `scrollWidth - clientWidth` of the root element (0 = it reflows).
    pub async fn horizontal_overflow(&self) -> Result<i64> {
        let value = self
            .client()
            .execute("const d = document.documentElement; return d.scrollWidth - d.clientWidth;", vec![])
            .await?;
        value.as_i64().context("overflow is not a number")
    }

    /// The elements wider than the viewport, to explain an overflow (`tag#id.class: right edge`).
    pub async fn overflowing_elements(&self) -> Result<Vec<String>> {
        let value = self
            .client()
            .execute(
                "const w = document.documentElement.clientWidth; const out = [];\
                 for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect();\
                   if (r.right > w + 1 || r.left < -1) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')\
                     + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')\
                     + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']'); }\
                 return out.slice(0, 20);",
                vec![],
            )
            .await?;
        Ok(value
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .unwrap_or_default())
    }
}
