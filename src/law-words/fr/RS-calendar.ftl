# Law words, fr: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Jours non ouvrables : Nouvel An (1er–2 janvier), Jour de l'État (15–16 février), Fête du Travail (1er–2 mai) et Jour de l'Armistice (11 novembre), ainsi que les fêtes religieuses du Noël orthodoxe (7 janvier) et de Pâques, du Vendredi saint au lundi de Pâques (calendrier orthodoxe). Le Jour de la Victoire (9 mai) est un jour ouvrable.
calendar-incomplete = Seule la loi telle que modifiée en 2011 (Sl. glasnik 92/2011) a été lue ; ses versions antérieures ne l'ont pas été.
holiday-new-year-1-name = Jour de l'An
holiday-new-year-1-provision = Le Nouvel An est célébré les 1er et 2 janvier ; lorsqu'une fête nationale tombe un dimanche, le jour ouvrable suivant est chômé.
holiday-new-year-2-name = Nouvel An (deuxième jour)
holiday-new-year-2-provision = Le Nouvel An est célébré les 1er et 2 janvier ; lorsqu'une fête nationale tombe un dimanche, le jour ouvrable suivant est chômé.
holiday-orthodox-christmas-name = Noël orthodoxe
holiday-statehood-day-1-name = Jour de l'État
holiday-statehood-day-2-name = Jour de l'État (deuxième jour)
holiday-good-friday-name = Vendredi saint orthodoxe
holiday-holy-saturday-name = Samedi saint orthodoxe
holiday-easter-name = Dimanche de Pâques orthodoxe
holiday-easter-monday-name = Lundi de Pâques orthodoxe
holiday-labour-day-1-name = Fête du Travail
holiday-labour-day-2-name = Fête du Travail (deuxième jour)
holiday-armistice-day-name = Jour de l'Armistice
holiday-armistice-day-provision = Le Jour de l'Armistice, le 11 novembre, est une fête nationale non ouvrable, célébrée pour la première fois en tant que telle en 2012.
