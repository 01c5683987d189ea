//! What a drill leaves behind: every revealed question with every team's answer, kept in the
//! store (`Store::save_drill`) and exported for a gradebook (`store::drills::export_drill_csv`).

use std::collections::BTreeSet;

use super::{Drill, Setup, Team, option_letter};
use crate::deck::CardId;

/// One team's answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultRow {
    /// The question's index in the drill (0-based).
    pub question: usize,
    /// The card it was made from.
    pub card: CardId,
    /// What was asked.
    pub prompt: String,
    /// The right option's text.
    pub answer: String,
    /// The team's index.
    pub team: usize,
    /// The option the team chose (`None`: no answer).
    pub chosen: Option<usize>,
    /// That option's text, as it was shown.
    pub chosen_text: Option<String>,
    /// Whether it was right.
    pub right: bool,
    /// Milliseconds from the question's opening to the answer (countdown time).
    pub ms: Option<u64>,
    /// Points earned, streak bonus included.
    pub points: u32,
}

impl ResultRow {
    /// The chosen option as shown on the tiles and in the CSV: `B: Mitochondria`.
    pub fn chosen_label(&self) -> String {
        match (self.chosen, &self.chosen_text) {
            (Some(i), Some(text)) => format!("{}: {text}", option_letter(i)),
            (Some(i), None) => option_letter(i).to_string(),
            _ => String::new(),
        }
    }
}

/// A finished (or ended) drill.
#[derive(Debug, Clone, PartialEq)]
pub struct DrillResults {
    /// The store's row id (`None` until saved).
    pub id: Option<i64>,
    /// When the drill started, milliseconds since the epoch.
    pub started_ms: i64,
    /// The deck's title when it was played.
    pub deck_title: String,
    /// The setup (deck id, teams, seed...).
    pub setup: Setup,
    /// One row per revealed question per team (only the team on turn when teams answer in
    /// turn), by question then team.
    pub rows: Vec<ResultRow>,
}

/// A team's total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    /// The team's index.
    pub team: usize,
    /// Right answers.
    pub right: usize,
    /// Questions played.
    pub questions: usize,
    /// Points.
    pub points: u32,
}

impl DrillResults {
    /// The teams.
    pub fn teams(&self) -> &[Team] {
        &self.setup.teams
    }

    /// A team's name (its number when out of range).
    pub fn team_name(&self, team: usize) -> String {
        self.setup
            .teams
            .get(team)
            .map_or_else(|| format!("Team {}", team + 1), |t| t.name.clone())
    }

    /// The questions the class got wrong: more than half the teams wrong or without an
    /// answer. Worth going over again.
    pub fn to_review(&self) -> BTreeSet<usize> {
        let mut questions: BTreeSet<usize> = BTreeSet::new();
        let asked: BTreeSet<usize> = self.rows.iter().map(|r| r.question).collect();
        for q in asked {
            let (wrong, all) = self
                .rows
                .iter()
                .filter(|r| r.question == q)
                .fold((0, 0), |(w, a), r| (w + usize::from(!r.right), a + 1));
            if wrong * 2 > all {
                questions.insert(q);
            }
        }
        questions
    }

    /// Every team's total, in team order.
    pub fn totals(&self) -> Vec<Total> {
        (0..self.setup.teams.len())
            .map(|team| {
                let rows = self.rows.iter().filter(|r| r.team == team);
                let (right, questions, points) = rows.fold((0, 0, 0), |(r, q, p), row| {
                    (r + usize::from(row.right), q + 1, p + row.points)
                });
                Total {
                    team,
                    right,
                    questions,
                    points,
                }
            })
            .collect()
    }
}

/// The results of a drill as it stands.
pub(super) fn collect(drill: &Drill, started_ms: i64, deck_title: &str) -> DrillResults {
    let mut rows = Vec::new();
    for (index, question) in drill.questions().iter().enumerate().take(drill.revealed) {
        for (team, answer) in drill.answers(index).iter().enumerate() {
            if !drill.answers_question(team, index) {
                continue;
            }
            rows.push(ResultRow {
                question: index,
                card: question.card.clone(),
                prompt: question.prompt.clone(),
                answer: question
                    .options
                    .get(question.correct)
                    .cloned()
                    .unwrap_or_else(|| question.answer.clone()),
                team,
                chosen: answer.chosen,
                chosen_text: answer.chosen.and_then(|i| question.options.get(i).cloned()),
                right: answer.right,
                ms: answer.ms,
                points: answer.points,
            });
        }
    }
    DrillResults {
        id: None,
        started_ms,
        deck_title: deck_title.to_owned(),
        setup: drill.setup().clone(),
        rows,
    }
}
