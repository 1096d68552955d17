# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours fériés en plus des dimanches : 1er janvier, 6 janvier, lundi de Pâques, 25 avril, 1er mai, 2 juin (Festa della Repubblica, de nouveau à sa date depuis 2001), 15 août, 4 octobre (depuis 2026), 1er novembre, 8 décembre, 25 et 26 décembre. La Saint-Joseph, l'Ascension, la Fête-Dieu, la Saint-Pierre-et-Saint-Paul et le 4 novembre restent dans la liste imprimée de l'art. 2 mais ont perdu leurs effets civils en 1977 ; le 4 novembre et (1977–2000) le 2 juin ont été reportés à un dimanche.
calendar-incomplete = La fête du saint patron de chaque commune (Rome 29 juin, Milan 7 décembre …) est un jour férié local, et aucune n'est encodée.
holiday-new-year-name = Jour de l'An
holiday-epiphany-name = Épiphanie
holiday-easter-monday-name = Lundi de Pâques
holiday-liberation-day-name = Fête de la Libération
holiday-labour-day-name = Fête du Travail
holiday-republic-day-name = Fête de la République
holiday-assumption-name = Assomption
holiday-st-francis-name = Saint François d'Assise, saint patron de l'Italie
holiday-st-francis-provision = Institue la fête nationale de saint François d'Assise le 4 octobre de chaque année et l'insère dans la liste des jours fériés de l'art. 2 L. 260/1949 ; en vigueur à partir du 1er janvier 2026.
holiday-all-saints-name = Toussaint
holiday-immaculate-conception-name = Immaculée Conception
holiday-christmas-name = Noël
holiday-st-stephen-name = Saint-Étienne
holiday-unification-150-name = 150e anniversaire de l'unité de l'Italie
holiday-unification-150-provision = Pour la seule année 2011, le 17 mars est un jour férié (giorno festivo) au titre des arts 2 et 4 L. 260/1949.
