# ---- (A) exercises before 2004 ----
src('ex21_jamestown_2002_southantiterror', 'Russia stages CIS collective antiterrorism exercises in Central Asia (Monitor 8/79)',
    'Jamestown Foundation, Monitor', '2002-04-01', 'month',
    'https://jamestown.org/program/russia-stages-cis-collective-antiterrorism-exercises-in-central-asia/', '', 'analysis',
    'Monitor Volume 8 Issue 79; the day of publication is not in the excerpt read; April 2002 from the text ("just held"; "next month\'s CST summit").')
src('ex21_vremya_20020415_southantiterror', 'Внешний враг становится внутренним. Лубянка научит центральноазиатских союзников зачисткам',
    'Время новостей (ИД "Время")', '2002-04-15', 'day', 'http://vremya.ru/print/22039.html', '', 'newspaper',
    'Issue No. 66 of 15 April 2002 (a Monday); print version of the article on the publisher\'s own site.')
src('ex21_rferl_20020418_southantiterror', 'Central Asia: CIS Conducts Massive Military Exercises', 'RFE/RL', '2002-04-18', 'day',
    'https://www.rferl.org/a/1099453.html', '', 'newspaper')
src('ex21_rferl_20020418_careport', 'Central Asia Report: April 18, 2002 (Volume 2, Number 15)', 'RFE/RL', '2002-04-18', 'day',
    'https://www.rferl.org/a/1342251.html', '', 'newspaper')
src('ex21_ng_20020405_southantiterror', 'Article on the planned "Yug-Antiterror-2002" exercise (title not in the excerpt read)',
    'Независимая газета', '2002-04-05', 'day', 'https://ng.ru/cis/2002-04-05/5_doctrines.html', '', 'newspaper',
    'Preview, published before the exercise.')

E = 'ev_20020415_exercise_kgz'
ALL = 'ex21_jamestown_2002_southantiterror;ex21_vremya_20020415_southantiterror;ex21_rferl_20020418_southantiterror;ex21_rferl_20020418_careport;ex21_ng_20020405_southantiterror'
ev(event_id=E, organization='CST', event_type='exercise', start_date='2002-04-15', start_precision='day',
   end_date='2002-04-01', end_precision='month', end_basis='reported',
   title='South-Antiterror-2002 (Yug-Antiterror-2002) exercise of the CST Collective Rapid Deployment Forces of Central Asia and the CIS Antiterrorism Center (Kyrgyzstan, Kazakhstan, Tajikistan)',
   location='KGZ', series='South-Antiterror', status='', source_ids=ALL,
   notes=('Week-long, in April 2002 (Jamestown, after the event: "just held"); the end day is not given (RFE/RL of Thursday 18 April: the last stage '
          '"at the end of this week in Tajikistan"), so the end is coded to the month. Start: Vremya Novostei of Monday 15 April 2002 says the first stage '
          'began that Monday in Bishkek; the RFE/RL Central Asia Report says the CRDF exercises began "immediately" after the CST security council '
          'secretaries met in Almaty on 11-12 April. Order of stages disagrees: Kyrgyzstan-Kazakhstan-Tajikistan (RFE/RL Central Asia Report; Vremya: first stage Bishkek) '
          'vs Kazakhstan-Kyrgyzstan-Tajikistan (Tajik official Nazarov quoted by RFE/RL). Two overlapping levels: defence ministries in the framework of the CST '
          'regional structure for Central Asia (the Collective Rapid Deployment Forces, commanded by Maj-Gen Sergei Chernomordin) and security agencies under '
          'the CIS Antiterrorism Center (Lt-Gen Boris Mylnikov). Location coded KGZ (first stage, CRDF headquarters in Bishkek). Planned size: over 1,000 troops '
          'and about 300 pieces of equipment (NG preview, which named only Russia, Tajikistan and Kyrgyzstan as taking part).'))
part(E, 'KGZ', 'host', 'ex21_vremya_20020415_southantiterror;ex21_rferl_20020418_careport', 'First stage in Bishkek per Vremya Novostei; the RFE/RL Central Asia Report also lists Kyrgyzstan first.')
part(E, 'KAZ', 'host', 'ex21_rferl_20020418_southantiterror;ex21_rferl_20020418_careport', 'A stage was held in Kazakhstan (RFE/RL); the first stage per the Tajik official Nazarov, the second per the RFE/RL Central Asia Report.')
part(E, 'TJK', 'host', 'ex21_rferl_20020418_southantiterror;ex21_rferl_20020418_careport', 'Last stage in Tajikistan at the end of the week of 15 April (RFE/RL).')
for st in ('KGZ', 'KAZ', 'TJK', 'RUS'):
    nt = ''
    if st == 'KAZ':
        nt = 'Troops from Kazakhstan per RFE/RL; the NG preview of 5 April named only Russia, Tajikistan and Kyrgyzstan as willing to take part.'
    part(E, st, 'participant', 'ex21_rferl_20020418_southantiterror;ex21_jamestown_2002_southantiterror;ex21_vremya_20020415_southantiterror', nt)
part(E, 'ARM', 'participant', 'ex21_jamestown_2002_southantiterror;ex21_rferl_20020418_southantiterror', 'Army and security service officers, no troops (Jamestown).')
part(E, 'BLR', 'participant', 'ex21_jamestown_2002_southantiterror;ex21_rferl_20020418_southantiterror', 'Army and security service officers, no troops (Jamestown).')
part(E, 'UKR', 'participant', 'ex21_jamestown_2002_southantiterror;ex21_rferl_20020418_southantiterror', 'Not a CST member: staff officers of security agencies in the CIS Antiterrorism Center strand (Jamestown); "members of the armed forces and law-enforcement agencies" (RFE/RL). Drop if only CST members are wanted.')
part(E, 'MDA', 'participant', 'ex21_jamestown_2002_southantiterror;ex21_rferl_20020418_southantiterror', 'Not a CST member: staff officers of security agencies in the CIS Antiterrorism Center strand (Jamestown); "members of the armed forces and law-enforcement agencies" (RFE/RL). Drop if only CST members are wanted.')
part(E, 'GEO', 'participant', 'ex21_jamestown_2002_southantiterror', 'Not a CST member: staff officers of Georgian state security in the CIS Antiterrorism Center strand (Jamestown only; RFE/RL does not name Georgia). Drop if only CST members are wanted.')

evid('events', E, 'start_date', 'ex21_vremya_20020415_southantiterror',
     'В понедельник в Бишкеке начался первый этап беспрецедентных оперативно-тактических учений «Юг-антитеррор-2002».',
     'On Monday the first stage of the unprecedented operational-tactical exercise "South-Antiterror-2002" began in Bishkek.',
     'Issue of 15 April 2002, a Monday.')
evid('events', E, 'start_date', 'ex21_rferl_20020418_careport',
     'Immediately afterward, the CIS Collective Rapid Reaction Forces began a week of command-and-staff exercises held sequentially in Kyrgyzstan, Kazakhstan, and Tajikistan.',
     '', '"Afterward" = after the CST security council secretaries\' meeting in Almaty on 11-12 April.')
evid('events', E, 'row', 'ex21_jamestown_2002_southantiterror',
     'The exercises were held on two overlapping levels: of the security agencies, under the aegis of the CIS Antiterrorism Center (ATC), and of the defense ministries in the framework of the CIS Collective Security Treaty’s (CST) regional structure for Central Asia.',
     '', 'Ties the exercise to the CST.')
evid('events', E, 'row', 'ex21_jamestown_2002_southantiterror',
     'Russian Major-General Sergei Chernomyrdin, the Bishkek-headquartered chief of staff of the CST Rapid Deployment Force for Central Asia, and Lieutenant-General Boris Mylnikov, head of the Moscow-based ATC, commanded the exercises.')
evid('events', E, 'end_date', 'ex21_jamestown_2002_southantiterror',
     'The week-long South-Antiterror 2002 exercises, just held in Central Asia, have exposed this discrepancy between Moscow’s goals in Eurasia and its means.',
     '', 'Post-event; month of publication April 2002.')
evid('events', E, 'end_date', 'ex21_rferl_20020418_southantiterror',
     'The last stage of the exercise will be held at the end of this week in Tajikistan.', '', 'Published Thursday 18 April 2002.')
evid('events', E, 'row', 'ex21_vremya_20020415_southantiterror',
     'В ходе отражения учебной террористической угрозы «рыцарей плаща и кинжала» союзные страны активно поддержат группировки пограничных войск и армейские подразделения из состава Коллективных сил быстрого развертывания (КСБР), вооруженные тяжелой сухопутной техникой, боевой авиацией и средствами ПВО.',
     'While repelling the training terrorist threat, the "cloak-and-dagger knights" [security services] will be actively supported by the allied countries with border-troop groupings and army units from the Collective Rapid Deployment Forces (KSBR), armed with heavy ground equipment, combat aviation and air defence.')
q_rfe = 'There is a military exercise being held in Central Asia this week, stretching from Kazakhstan to Tajikistan. It involves mainly troops from Kazakhstan, Kyrgyzstan, Tajikistan, and Russia, but there are also members of the armed forces and law-enforcement agencies from Armenia, Belarus, Moldova, and Ukraine.'
evid('events', E, 'row', 'ex21_rferl_20020418_southantiterror', q_rfe)
for st in ('KAZ', 'KGZ', 'TJK', 'RUS'):
    evid('event_participants', f'{E}|{st}|participant', 'row', 'ex21_rferl_20020418_southantiterror', q_rfe)
for st in ('ARM', 'BLR', 'MDA', 'UKR'):
    evid('event_participants', f'{E}|{st}|participant', 'row', 'ex21_rferl_20020418_southantiterror', q_rfe)
q_jt_ab = 'Belarus and Armenia, as members of both, were represented by both army and security service officers, but not by troops, because these two countries belong to the CST’s other two regional military structures. Uzbekistan and Turkmenistan stayed away altogether.'
evid('event_participants', f'{E}|ARM|participant', 'row', 'ex21_jamestown_2002_southantiterror', q_jt_ab)
evid('event_participants', f'{E}|BLR|participant', 'row', 'ex21_jamestown_2002_southantiterror', q_jt_ab)
q_jt_u = 'This blurring of lines meant that staff officers of the Ukrainian, Moldovan and Georgian state security and related agencies participated in these exercises, because their countries are members of the ATC, though not of the CST.'
for st in ('UKR', 'MDA', 'GEO'):
    evid('event_participants', f'{E}|{st}|participant', 'row', 'ex21_jamestown_2002_southantiterror', q_jt_u)
evid('event_participants', f'{E}|KGZ|host', 'row', 'ex21_vremya_20020415_southantiterror',
     'В понедельник в Бишкеке начался первый этап беспрецедентных оперативно-тактических учений «Юг-антитеррор-2002».',
     'On Monday the first stage of the unprecedented operational-tactical exercise "South-Antiterror-2002" began in Bishkek.')
q_naz = '"It is a planned command exercise. It started in Kazakhstan and the second term will take place in Kyrgyzstan, the third term in Tajikistan. It\'s called an \'antiterror\' exercise. [It\'s] nothing special," Nazarov said.'
evid('event_participants', f'{E}|KAZ|host', 'row', 'ex21_rferl_20020418_southantiterror', q_naz)
evid('event_participants', f'{E}|TJK|host', 'row', 'ex21_rferl_20020418_southantiterror', 'The last stage of the exercise will be held at the end of this week in Tajikistan.')
evid('event_participants', f'{E}|KAZ|participant', 'row', 'ex21_ng_20020405_southantiterror',
     'Как видно, в предстоящем мероприятии изъявили желание принять участие только три государства Содружества - Россия, Таджикистан и Киргизия.',
     'As can be seen, only three Commonwealth states - Russia, Tajikistan and Kyrgyzstan - expressed the wish to take part in the coming event.',
     'Disagreement: the preview does not name Kazakhstan; RFE/RL (during) does.')

size(E, 1000, 'planned', 'about 300 pieces of equipment', 'ex21_ng_20020405_southantiterror',
     'Всего же в маневрах должны принять участие более 1000 военнослужащих и около 300 единиц техники.',
     'In all, more than 1,000 servicemen and about 300 pieces of equipment are to take part in the manoeuvres.',
     '"More than 1,000" (preview of 5 April 2002). No reported total was found.')
