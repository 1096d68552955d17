# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Zece sărbători legale: 1 ianuarie, a doua zi de Paști, 1 mai, Înălțarea Domnului, a doua zi de Rusalii, 21 iulie, 15 august, 1 noiembrie, 11 noiembrie și 25 decembrie.
holiday-new-year-name = Anul Nou
holiday-easter-monday-name = A doua zi de Paști
holiday-labour-day-name = Ziua Muncii
holiday-ascension-name = Înălțarea Domnului
holiday-whit-monday-name = A doua zi de Rusalii
holiday-national-day-name = Ziua Națională
holiday-assumption-name = Adormirea Maicii Domnului
holiday-all-saints-name = Ziua Tuturor Sfinților
holiday-armistice-name = Ziua Armistițiului
holiday-christmas-name = Crăciunul
