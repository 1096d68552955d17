# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Dix jours fériés légaux : 1er janvier, lundi de Pâques, 1er mai, Ascension, lundi de Pentecôte, 21 juillet, 15 août, 1er novembre, 11 novembre et 25 décembre.
holiday-new-year-name = Jour de l'An
holiday-easter-monday-name = Lundi de Pâques
holiday-labour-day-name = Fête du Travail
holiday-ascension-name = Ascension
holiday-whit-monday-name = Lundi de Pentecôte
holiday-national-day-name = Fête nationale
holiday-assumption-name = Assomption
holiday-all-saints-name = Toussaint
holiday-armistice-name = Armistice
holiday-christmas-name = Noël
