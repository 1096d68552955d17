# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Sărbători legale: 1 ianuarie, a doua zi de Paști, 1 mai, 8 mai, Înălțarea Domnului, a doua zi de Rusalii, 14 iulie, Adormirea Maicii Domnului (15 august), Ziua Tuturor Sfinților (1 noiembrie), 11 noiembrie și Crăciunul.
region-FR-57 = Moselle
region-FR-57-provision = În Moselle, Bas-Rhin și Haut-Rhin, 26 decembrie este, de asemenea, sărbătoare legală (Vinerea Mare numai în comunele cu un templu protestant sau cu o biserică mixtă).
region-FR-6AE = Alsacia (Bas-Rhin și Haut-Rhin)
region-FR-6AE-provision = În Moselle, Bas-Rhin și Haut-Rhin, 26 decembrie este, de asemenea, sărbătoare legală (Vinerea Mare numai în comunele cu un templu protestant sau cu o biserică mixtă).
holiday-new-year-name = Anul Nou
holiday-easter-monday-name = A doua zi de Paști
holiday-labour-day-name = Ziua Muncii
holiday-victory-day-name = Ziua Victoriei în Europa
holiday-ascension-name = Înălțarea Domnului
holiday-whit-monday-name = A doua zi de Rusalii
holiday-national-day-name = Ziua Națională
holiday-assumption-name = Adormirea Maicii Domnului
holiday-all-saints-name = Ziua Tuturor Sfinților
holiday-armistice-name = Ziua Armistițiului
holiday-christmas-name = Crăciunul
holiday-st-stephen-name = A doua zi de Crăciun (Sfântul Ștefan)
