//! The app's preferences (theme, text size, the last deck and learner), kept in the store's
//! `meta` table as JSON so they travel with the data folder. The core only stores them; the
//! window applies them.

use serde::{Deserialize, Serialize};

use super::{Result, Store};

const KEY: &str = "preferences";

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order a settings screen offers them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The words a settings screen shows.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Follow the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// What the app remembers between runs; missing or unreadable fields take their defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Light, dark, or the system's.
    pub theme: Theme,
    /// Text and widget scale: 1.0 is normal, 2.0 double (for a projector).
    pub text_scale: f32,
    /// The deck studied last (its id), offered first on the home screen.
    pub last_deck: Option<String>,
    /// The learner who studied last.
    pub last_learner: Option<String>,
}

impl Default for Preferences {
    fn default() -> Preferences {
        Preferences {
            theme: Theme::System,
            text_scale: 1.0,
            last_deck: None,
            last_learner: None,
        }
    }
}

impl Preferences {
    /// Smallest and largest text scale offered.
    pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=3.0;

    /// The text scale brought into range (a hand-edited or damaged value never makes the
    /// window unusable).
    pub fn clamped_text_scale(&self) -> f32 {
        if self.text_scale.is_finite() {
            self.text_scale.clamp(
                *Self::TEXT_SCALE_RANGE.start(),
                *Self::TEXT_SCALE_RANGE.end(),
            )
        } else {
            1.0
        }
    }
}

impl Store {
    /// The saved preferences; the defaults when none are saved or they do not parse.
    pub fn preferences(&self) -> Result<Preferences> {
        Ok(self
            .meta(KEY)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    /// Saves the preferences.
    pub fn set_preferences(&mut self, preferences: &Preferences) -> Result<()> {
        let json = serde_json::to_string(preferences).unwrap_or_default();
        self.set_meta(KEY, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_round_trip_and_bad_values_fall_back() {
        let dir = tempfile::tempdir().unwrap();
        let now = "2026-03-10T09:00:00Z".parse().unwrap();
        let mut store = Store::open(dir.path(), now).unwrap().store;
        assert_eq!(store.preferences().unwrap(), Preferences::default());
        let prefs = Preferences {
            theme: Theme::Dark,
            text_scale: 2.0,
            last_deck: Some("d".into()),
            last_learner: Some("Ana".into()),
        };
        store.set_preferences(&prefs).unwrap();
        drop(store);
        let mut store = Store::open(dir.path(), now).unwrap().store;
        assert_eq!(store.preferences().unwrap(), prefs);
        store.set_meta(KEY, "{\"theme\": \"purple\"").unwrap();
        assert_eq!(store.preferences().unwrap(), Preferences::default());
        store.set_meta(KEY, "{\"text_scale\": 40.0}").unwrap();
        let prefs = store.preferences().unwrap();
        assert_eq!(prefs.clamped_text_scale(), 3.0);
        assert_eq!(prefs.theme, Theme::System);
    }
}
