# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours fériés chômés : 1er janvier ; 7 et 8 janvier (Noël orthodoxe) ; 8 mars ; dimanche et lundi de Pâques (calendrier orthodoxe) ; le lundi une semaine après Pâques (Paștele Blajinilor) ; 1er mai ; 9 mai ; 27 août ; 31 août ; 25 décembre ; la fête de l'église locale.
calendar-incomplete = Le gouvernement déplace chaque année des jours de repos et des jours ouvrables (art. 111(5)) et la fête de l'église locale (hram) est un jour chômé ; ni l'un ni l'autre ne sont encodés.
holiday-new-year-name = Jour de l'An
holiday-christmas-old-style-1-name = Noël orthodoxe
holiday-christmas-old-style-2-name = Noël orthodoxe (deuxième jour)
holiday-womens-day-name = Journée internationale des droits des femmes
holiday-easter-name = Dimanche de Pâques orthodoxe
holiday-easter-monday-name = Lundi de Pâques orthodoxe
holiday-memorial-easter-name = Pâques des morts (Paștele Blajinilor)
holiday-labour-day-name = Journée internationale de la solidarité des travailleurs
holiday-victory-day-name = Jour de la Victoire et Journée de l'Europe
holiday-childrens-day-name = Journée internationale de l'enfance
holiday-childrens-day-provision = Le 1er juin est un jour férié chômé depuis la modification entrée en vigueur le 30 juin 2023.
holiday-independence-day-name = Fête de l'Indépendance
holiday-language-day-name = Fête de la langue nationale
holiday-christmas-new-style-name = Noël
