# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours fériés : 1er et 6 janvier, lundi de Pâques, 1er mai, Ascension, lundi de Pentecôte, Fête-Dieu, 15 août, 26 octobre, 1er novembre, 8, 25 et 26 décembre.
calendar-incomplete = Il n'a pas été établi à partir de quand le § 33(2) AVG a commencé à mentionner le 24 décembre (après 2007 ; en vigueur au plus tard en juillet 2023) et le Vendredi saint (déjà mentionné en 2004) ; ces jours sont donc omis avant 2023 et 2004 respectivement.
holiday-new-year-name = Jour de l'An
holiday-epiphany-name = Épiphanie
holiday-good-friday-name = Vendredi saint
holiday-good-friday-provision = Un délai qui prend fin un samedi, un dimanche, un jour férié légal, le Vendredi saint ou le 24 décembre prend fin le jour suivant qui n'est aucun de ceux-ci.
holiday-easter-monday-name = Lundi de Pâques
holiday-labour-day-name = Fête du Travail
holiday-ascension-name = Ascension
holiday-whit-monday-name = Lundi de Pentecôte
holiday-corpus-christi-name = Fête-Dieu
holiday-assumption-name = Assomption
holiday-national-day-name = Fête nationale
holiday-all-saints-name = Toussaint
holiday-immaculate-conception-name = Immaculée Conception
holiday-christmas-eve-name = Veille de Noël
holiday-christmas-eve-provision = Un délai qui prend fin un samedi, un dimanche, un jour férié légal, le Vendredi saint ou le 24 décembre prend fin le jour suivant qui n'est aucun de ceux-ci.
holiday-christmas-name = Noël
holiday-st-stephen-name = Saint-Étienne
