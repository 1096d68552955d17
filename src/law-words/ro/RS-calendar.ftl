# Law words, ro: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Zile nelucrătoare: Anul Nou (1–2 ianuarie), Ziua Statalității (15–16 februarie), Ziua Muncii (1–2 mai) și Ziua Armistițiului (11 noiembrie), precum și sărbătorile religioase Crăciunul ortodox (7 ianuarie) și Paștele, de la Vinerea Mare până la a doua zi de Paști (calendarul ortodox). Ziua Victoriei (9 mai) este zi lucrătoare.
calendar-incomplete = A fost citită numai legea în forma modificată în 2011 (Sl. glasnik 92/2011); versiunile sale anterioare nu au fost citite.
holiday-new-year-1-name = Anul Nou
holiday-new-year-1-provision = Anul Nou se sărbătorește la 1 și 2 ianuarie; atunci când o sărbătoare de stat cade într-o duminică, următoarea zi lucrătoare este zi liberă.
holiday-new-year-2-name = Anul Nou (a doua zi)
holiday-new-year-2-provision = Anul Nou se sărbătorește la 1 și 2 ianuarie; atunci când o sărbătoare de stat cade într-o duminică, următoarea zi lucrătoare este zi liberă.
holiday-orthodox-christmas-name = Crăciunul ortodox
holiday-statehood-day-1-name = Ziua Statalității
holiday-statehood-day-2-name = Ziua Statalității (a doua zi)
holiday-good-friday-name = Vinerea Mare (calendarul ortodox)
holiday-holy-saturday-name = Sâmbăta Mare (calendarul ortodox)
holiday-easter-name = Paștele ortodox (prima zi)
holiday-easter-monday-name = Paștele ortodox (a doua zi)
holiday-labour-day-1-name = Ziua Muncii
holiday-labour-day-2-name = Ziua Muncii (a doua zi)
holiday-armistice-day-name = Ziua Armistițiului
holiday-armistice-day-provision = Ziua Armistițiului, 11 noiembrie, este sărbătoare de stat nelucrătoare, sărbătorită pentru prima dată ca atare în 2012.
