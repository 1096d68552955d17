# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours fériés : 1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension, lundi de Pentecôte, 14 juillet, Assomption (15 août), Toussaint (1er novembre), 11 novembre et jour de Noël.
region-FR-57 = Moselle
region-FR-57-provision = En Moselle, dans le Bas-Rhin et dans le Haut-Rhin, le 26 décembre est également un jour férié (le Vendredi saint uniquement dans les communes ayant un temple protestant ou une église mixte).
region-FR-6AE = Alsace (Bas-Rhin et Haut-Rhin)
region-FR-6AE-provision = En Moselle, dans le Bas-Rhin et dans le Haut-Rhin, le 26 décembre est également un jour férié (le Vendredi saint uniquement dans les communes ayant un temple protestant ou une église mixte).
holiday-new-year-name = Jour de l'An
holiday-easter-monday-name = Lundi de Pâques
holiday-labour-day-name = Fête du Travail
holiday-victory-day-name = Victoire 1945
holiday-ascension-name = Ascension
holiday-whit-monday-name = Lundi de Pentecôte
holiday-national-day-name = Fête nationale
holiday-assumption-name = Assomption
holiday-all-saints-name = Toussaint
holiday-armistice-name = Armistice 1918
holiday-christmas-name = Noël
holiday-st-stephen-name = Saint-Étienne
