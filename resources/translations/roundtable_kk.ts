<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>About Roundtable</source>
        <translation>Roundtable туралы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roundtable icon</source>
        <translation>Roundtable белгішесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roundtable {version}</source>
        <translation>Roundtable {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan academic and diplomatic round tables: agendas, speakers, panels, agreements and their signing, and every printed document. Works offline.</source>
        <translation>Академиялық және дипломатиялық дөңгелек үстелдерді жоспарлау: күн тәртібі, баяндамашылар, панельдік талқылаулар, келісімдер және оларға қол қою, сондай-ақ барлық басып шығарылатын құжаттар. Интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Built with&lt;/b&gt; (all shipped with this copy):</source>
        <translation>&lt;b&gt;Пайдаланылған құрамдас бөліктер&lt;/b&gt; (барлығы осы көшірмемен бірге жеткізіледі):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензиялар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full licence of every component</source>
        <translation>Әр құрамдас бөліктің лицензиясының толық мәтінін оқу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy version information</source>
        <translation>Нұсқа туралы ақпаратты &amp;көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a support request: the version and build</source>
        <translation>Қолдау қызметіне өтініш үшін: нұсқасы мен жинағы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed from a bundle</source>
        <translation>Дайын орнатқыштан орнатылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as a Python package</source>
        <translation>Python пакеті ретінде іске қосылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build {commit}, {date}</source>
        <translation>Жинақ {commit}, {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped components and their licences</source>
        <translation>Жеткізілетін құрамдас бөліктер және олардың лицензиялары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="+36"/>
        <source>&amp;File</source>
        <extracomment>The shown title of each standard menu; menus are keyed by the English name (&quot;File&quot;), which views use in their ``roundtable_menu`` property.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/activity_dialog.py" line="+29"/>
        <source>Activity of {reference}</source>
        <translation>{reference} бойынша қызмет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an activity of {reference}</source>
        <translation>{reference} бойынша қызметті өңдеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not counted</source>
        <translation>саналмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From party</source>
        <translation>Жіберуші тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To party</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <comment>no party chosen</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. autumn semester exchange</source>
        <translation>мысалы, күзгі семестрдегі алмасу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many:</source>
        <translation>Саны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Қайдан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Сипаттама:</translation>
    </message>
</context>
<context>
    <name>AgendaBlock</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_block.py" line="+36"/>
        <location line="+84"/>
        <source>Chair: {name}</source>
        <translation>Төраға: {name}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Speakers: {names}</source>
        <translation>Баяндамашылар: {names}</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agenda_commands.py" line="+98"/>
        <source>Edit “{title}”</source>
        <comment>undo command: edit an agenda item</comment>
        <translation>«{title}» өңдеу</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add “{title}”</source>
        <comment>undo command: add an agenda item</comment>
        <translation>«{title}» қосу</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete “{title}”</source>
        <comment>undo command: delete an agenda item</comment>
        <translation>«{title}» жою</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agenda_item_dialog.py" line="+131"/>
        <source>Edit “{title}”</source>
        <translation>«{title}» өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agenda item</source>
        <translation>Күн тәртібінің жаңа тармағы</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Title:</source>
        <comment>of the agenda item</comment>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <comment>kind of agenda item</comment>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between a start and an end time</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Speakers:</source>
        <translation>&amp;Баяндамашылар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chair</source>
        <comment>a panel without a chair</comment>
        <translation>Төрағасыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <comment>the person chairing a panel</comment>
        <translation>Т&amp;өраға:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <comment>the person chairing a panel</comment>
        <translation>Төраға</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speakers</source>
        <comment>tab of the agenda item: speakers (and a panel&apos;s chair)</comment>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics</source>
        <comment>tab of the agenda item: a panel&apos;s topics</comment>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <comment>tab of the agenda item</comment>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts if saved</source>
        <translation>Сақталса туындайтын қайшылықтар</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Speakers in order</source>
        <translation>Баяндамашылар ретімен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person to add as a speaker</source>
        <translation>Баяндамашы ретінде қосылатын тұлға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name to add a speaker…</source>
        <translation>Баяндамашы қосу үшін атын теріңіз…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>add a speaker</comment>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker</source>
        <translation>Баяндамашы қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve</source>
        <comment>remove a speaker</comment>
        <translation>А&amp;лып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove speaker</source>
        <translation>Баяндамашыны алып тастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by &amp;precedence</source>
        <translation>Басымдықпен &amp;реттеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol order: precedence 1 first, unranked people last</source>
        <translation>Протоколдық рет: алдымен 1-басымдық, басымдығы жоқ тұлғалар соңында</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the speaker up</source>
        <translation>Баяндамашыны жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the speaker down</source>
        <translation>Баяндамашыны төмен жылжыту</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>person {number}</source>
        <comment>a person not in the list</comment>
        <translation>{number}-тұлға</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Panel topics</source>
        <translation>Панель тақырыптары</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add topic</source>
        <translation>Тақырып қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topic</source>
        <translation>Жаңа тақырып</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove topic</source>
        <translation>Тақырыпты алып тастау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the topic up</source>
        <translation>Тақырыпты жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the topic down</source>
        <translation>Тақырыпты төмен жылжыту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected topic</source>
        <translation>Таңдалған тақырып</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected topic in each language:</source>
        <translation>Таңдалған тақырып әр тілде:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>is not a time: type 1030, 10:30 or 9 for 09:00</source>
        <translation>уақыт емес: 1030, 10:30 немесе 09:00 үшін 9 деп жазыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be after the start ({time})</source>
        <translation>басталу уақытынан ({time}) кейін болуы керек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>names nobody in the list: type part of a name and pick a person</source>
        <comment>the chair field</comment>
        <translation>тізімде мұндай адам жоқ: атының бір бөлігін теріп, адамды таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saved like this, it causes %n conflict(s):</source>
        <translation>
            <numerusform>Осылай сақталса, %n қайшылық туындайды:</numerusform>
            <numerusform>Осылай сақталса, %n қайшылық туындайды:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A speaker was not added</source>
        <translation>Баяндамашы қосылмады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the speaker field but not added. Add {name} as a speaker before saving?</source>
        <translation>«{text}» баяндамашы өрісіне жазылған, бірақ қосылмаған. Сақтамас бұрын {name} баяндамашы ретінде қосылсын ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Қосу және сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Оны қоспай сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Пішінге оралу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the speaker field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>Баяндамашы өрісіндегі «{text}» іс-шараның ешбір қатысушысына сәйкес келмейді, сондықтан қосылмайды. Онсыз сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Онсыз сақтау</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agenda_view.py" line="+88"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <comment>show the agenda as a list</comment>
        <translation>Тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a timeline</source>
        <translation>Күн тәртібін уақыт шкаласы ретінде көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a list</source>
        <translation>Күн тәртібін тізім ретінде көрсету</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the agenda ({shortcut})</source>
        <translation>Күн тәртібінен іздеу ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, speaker, chair, room or topic, in any case or script</source>
        <translation>Атауы, баяндамашы, төраға, зал немесе тақырып; кез келген регистрде не жазуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the agenda</source>
        <translation>Күн тәртібінен іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New item…</source>
        <translation>Жаңа тармақ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+407"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New agenda item</source>
        <translation>Күн тәртібінің жаңа тармағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit agenda item</source>
        <translation>Күн тәртібінің тармағын өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Delete agenda item</source>
        <translation>Күн тәртібінің тармағын жою</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Drag a block to move it · drag its bottom edge to change the end · double-click to edit · Ctrl+wheel to zoom</source>
        <translation>Блокты жылжыту үшін сүйреңіз · аяқталу уақытын өзгерту үшін төменгі жиегін сүйреңіз · өңдеу үшін екі рет шертіңіз · масштабтау үшін Ctrl+дөңгелек</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda items</source>
        <translation>Күн тәртібінің тармақтары</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New agenda item…</source>
        <translation>Күн тәртібінің жаңа тармағы…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate agenda item</source>
        <translation>Күн тәртібінің тармағын көшірмелеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy of the item right after it</source>
        <translation>Тармақтың көшірмесі дәл одан кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate day…</source>
        <translation>Күнді көшірмелеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy every item of this day to another day of the event</source>
        <translation>Осы күннің барлық тармақтарын іс-шараның басқа күніне көшіру</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n item(s)</source>
        <comment>agenda items on a day</comment>
        <translation>
            <numerusform>%n тармақ</numerusform>
            <numerusform>%n тармақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Shift %n item(s) by {minutes} min</source>
        <translation>
            <numerusform>%n тармақты {minutes} минутқа жылжыту</numerusform>
            <numerusform>%n тармақты {minutes} минутқа жылжыту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Copied %n item(s) to {day}</source>
        <translation>
            <numerusform>%n тармақ {day} күніне көшірілді</numerusform>
            <numerusform>%n тармақ {day} күніне көшірілді</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Move &quot;{title}&quot; to {time} in {room}</source>
        <translation>«{title}» тармағын {room} залында {time} уақытына жылжыту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &quot;{title}&quot; to {time}</source>
        <translation>«{title}» тармағын {time} уақытына жылжыту</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make &quot;{title}&quot; end at {time}</source>
        <translation>«{title}» тармағын {time} уақытында аяқтау</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&quot;{title}&quot; and %n more</source>
        <translation>
            <numerusform>«{title}» және тағы %n</numerusform>
            <numerusform>«{title}» және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{title}&quot;</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{title}&quot; now runs {minutes} min into {names} in {room}.</source>
        <translation>«{title}» енді {room} залындағы {names} уақытына {minutes} минут кіріп кетеді.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No room left in the day after &quot;{title}&quot; for a copy</source>
        <translation>«{title}» тармағынан кейін күнде көшірмеге орын жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &quot;{title}&quot;</source>
        <translation>«{title}» көшірмесі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate day</source>
        <translation>Күнді көшірмелеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy every item of {day} to:</source>
        <translation>{day} күнінің барлық тармақтарын көшіру:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate {day} to {target}</source>
        <translation>{day} күнін {target} күніне көшіру</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted &quot;{title}&quot;. Undo brings it back.</source>
        <translation>«{title}» жойылды. Болдырмау арқылы қайтаруға болады.</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agreement_commands.py" line="+41"/>
        <source>Reopen {reference}</source>
        <extracomment>The undo text of a status change, per new status; translated when the command is made.</extracomment>
        <translation>{reference} қайта ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} ready</source>
        <translation>{reference} дайын деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} signed</source>
        <translation>{reference} қол қойылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel {reference}</source>
        <translation>{reference} күшін жою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the legal review of {reference} done</source>
        <extracomment>The undo text of a readiness tick, per checklist item and direction.</extracomment>
        <translation>{reference} құқықтық сараптамасын орындалды деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the legal review of {reference} not done</source>
        <translation>{reference} құқықтық сараптамасын орындалмады деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} translated</source>
        <translation>{reference} аударылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} not translated</source>
        <translation>{reference} аударылмады деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} printed</source>
        <translation>{reference} басып шығарылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not printed</source>
        <translation>{reference} басып шығарылмады деп белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} bound</source>
        <translation>{reference} түптелді деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not bound</source>
        <translation>{reference} түптелмеді деп белгілеу</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} өңдеу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} қосу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} жою</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reorder the signing ceremony</source>
        <translation>Қол қою рәсімінің ретін өзгерту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renumber the signing ceremony</source>
        <translation>Қол қою рәсімін қайта нөмірлеу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group the signings by signatory</source>
        <translation>Қол қоюларды қол қоюшы бойынша топтау</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_details.py" line="+54"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Readiness</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness: {step}</source>
        <translation>Дайындық: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>Mark ready</source>
        <translation>Дайын деп белгілеу</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Mark signed…</source>
        <translation>Қол қойылды деп белгілеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel agreement</source>
        <translation>Келісімнің күшін жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this agreement (it will not be signed)</source>
        <translation>Осы келісімнің күшін жою (оған қол қойылмайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Back to draft, to change the text</source>
        <translation>Мәтінін өзгерту үшін жобаға қайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an agreement to see its parties, readiness and status actions.</source>
        <translation>Тараптарын, дайындығын және мәртебе әрекеттерін көру үшін келісімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>— signatory not named —</source>
        <translation>— қол қоюшы көрсетілмеген —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Куәгерлер:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid {start} to {end}</source>
        <translation>Қолданылу мерзімі: {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages: {languages}</source>
        <translation>Тілдері: {languages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned for {time} (no. {order} of the ceremony)</source>
        <translation>Жоспарланған уақыты: {time} (рәсімдегі №{order})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned for {time}</source>
        <translation>Жоспарланған уақыты: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing order {order}</source>
        <translation>Қол қою реті: {order}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to draft</source>
        <translation>Жобаға қайтару</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo signing…</source>
        <translation>Қол қоюды болдырмау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to ready: the time of signing is removed</source>
        <translation>«Дайын» күйіне қайтарады: қол қою уақыты өшіріледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to be signed</source>
        <translation>Қол қоюға дайын</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="+123"/>
        <source>Edit {reference}</source>
        <translation>{reference} өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreement</source>
        <translation>Жаңа келісім</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left empty, the agreement is numbered {reference}</source>
        <translation>Бос қалса, келісімге {reference} нөмірі беріледі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference *:</source>
        <comment>* marks a required field</comment>
        <translation>Нөмірі *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind *:</source>
        <comment>kind of agreement; * marks a required field</comment>
        <translation>Түрі *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title *:</source>
        <comment>of the agreement; * marks a required field</comment>
        <translation>Атауы *:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add party</source>
        <translation>Тарап қосу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parties *:</source>
        <comment>* marks a required field</comment>
        <translation>Тараптар *:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add witness</source>
        <translation>Куәгер қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <comment>remove the selected witness</comment>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Куәгерлер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not in a ceremony —</source>
        <translation>— рәсімге енгізілмеген —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at the end</source>
        <comment>signing order: last</comment>
        <translation>соңында</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <comment>field name, no colon</comment>
        <translation>Күшіне енетін күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <comment>field name, no colon</comment>
        <translation>Күші аяқталатын күні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one per party</source>
        <comment>number of original copies</comment>
        <translation>әр тарапқа біреу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing item:</source>
        <translation>Қол қою тармағы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order:</source>
        <translation>Қол қою реті:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Күшіне енетін күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Күші аяқталатын күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <comment>languages of the agreement&apos;s text</comment>
        <translation>Тілдері:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Originals:</source>
        <comment>number of original signed copies</comment>
        <translation>Түпнұсқалар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement</source>
        <comment>tab: the agreement&apos;s main fields</comment>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties and witnesses</source>
        <translation>Тараптар мен куәгерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing and validity</source>
        <translation>Қол қою және мерзім</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>— choose an organization —</source>
        <translation>— ұйымды таңдаңыз —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not named yet —</source>
        <comment>signatory</comment>
        <translation>— әлі көрсетілмеген —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party {number} organization</source>
        <translation>{number}-тараптың ұйымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party {number} signatory</source>
        <translation>{number}-тараптың қол қоюшысы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Party {number}: up</source>
        <translation>{number}-тарап: жоғары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party up</source>
        <translation>Осы тарапты жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: down</source>
        <translation>{number}-тарап: төмен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party down</source>
        <translation>Осы тарапты төмен жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: remove</source>
        <translation>{number}-тарап: алып тастау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this party</source>
        <translation>Осы тарапты алып тастау</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A witness was not added</source>
        <translation>Куәгер қосылмады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the witness field but not added. Add {name} as a witness before saving?</source>
        <translation>«{text}» куәгер өрісіне жазылған, бірақ қосылмаған. Сақтамас бұрын {name} куәгер ретінде қосылсын ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Қосу және сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Оны қоспай сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Пішінге оралу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the witness field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>Куәгер өрісіндегі «{text}» іс-шараның ешбір қатысушысына сәйкес келмейді, сондықтан қосылмайды. Онсыз сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Онсыз сақтау</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“{reference}” is already used by another agreement</source>
        <translation>«{reference}» нөмірі басқа келісімде қолданылған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>party {number}: pick from the list</source>
        <translation>{number}-тарап: тізімнен таңдаңыз</translation>
    </message>
</context>
<context>
    <name>AgreementFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_filters.py" line="+31"/>
        <source>Filter by reference, title, party or signatory</source>
        <translation>Нөмірі, атауы, тарап немесе қол қоюшы бойынша сүзу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agreements</source>
        <translation>Келісімдерді сүзу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Мәртебе сүзгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country filter</source>
        <translation>Ел сүзгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University filter</source>
        <translation>Университет сүзгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>All universities</source>
        <translation>Барлық университеттер</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+61"/>
        <source>complete</source>
        <comment>all readiness steps are done</comment>
        <translation>толық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total}</source>
        <comment>readiness steps done</comment>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— not named —</source>
        <comment>a party whose signatory is not chosen yet</comment>
        <translation>— көрсетілмеген —</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreements_view.py" line="+81"/>
        <location line="+25"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New agreement…</source>
        <translation>Жаңа келісім…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+313"/>
        <source>Signing ceremony planner…</source>
        <translation>Қол қою рәсімін жоспарлау…</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Signing ceremony planner</source>
        <translation>Қол қою рәсімін жоспарлау</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>first %n agreement(s) · loading…</source>
        <translation>
            <numerusform>алғашқы %n келісім · жүктелуде…</numerusform>
            <numerusform>алғашқы %n келісім · жүктелуде…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n келісім</numerusform>
            <numerusform>%n келісім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n agreement(s)</source>
        <translation>
            <numerusform>{shown} / %n келісім</numerusform>
            <numerusform>{shown} / %n келісім</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · {signed} signed</source>
        <comment>agreements shown; how many of them are signed</comment>
        <translation>{count} · {signed} қол қойылды</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Undo the signing?</source>
        <translation>Қол қою болдырылмасын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} is recorded as signed. Undo the signing? It goes back to ready and its time of signing is removed.</source>
        <translation>{reference} қол қойылған деп тіркелген. Қол қоюды болдырмау керек пе? Келісім «Дайын» күйіне қайтады, қол қою уақыты өшіріледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo signing</source>
        <translation>Қол қоюды болдырмау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark ready?</source>
        <translation>Дайын деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it ready anyway? Missing:</source>
        <translation>{reference} дайындық тізімі толық емес. Бәрібір дайын деп белгілеу керек пе? Жетіспейді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark ready</source>
        <translation>Дайын деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed?</source>
        <translation>Қол қойылды деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it signed anyway? Missing:</source>
        <translation>{reference} дайындық тізімі толық емес. Бәрібір қол қойылды деп белгілеу керек пе? Жетіспейді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark signed</source>
        <translation>Қол қойылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{reference}: {status}</source>
        <comment>an agreement&apos;s new status</comment>
        <translation>{reference}: {status}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Deleted {reference} — Undo restores it</source>
        <translation>{reference} жойылды — Болдырмау арқылы қалпына келтіруге болады</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/bar_chart.py" line="+21"/>
        <source>Nothing to show yet</source>
        <translation>Әзірге көрсететін ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Бағанды диаграмма</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n others</source>
        <comment>the bars not shown, summed up</comment>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CeremonyModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+113"/>
        <source>Clash: {clashes}</source>
        <translation>Қайшылық: {clashes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clash</source>
        <translation>Қайшылық жоқ</translation>
    </message>
</context>
<context>
    <name>CeremonyPlannerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/ceremony_planner.py" line="+52"/>
        <source>Signing ceremony planner</source>
        <translation>Қол қою рәсімін жоспарлау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing item</source>
        <translation>Қол қою тармағы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per signing</source>
        <translation>Бір қол қоюға минут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <comment>suffix after a number of minutes</comment>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the item evenly</source>
        <translation>Тең бөлу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signings in order</source>
        <translation>Қол қоюлар ретімен</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a signing to open its agreement</source>
        <translation>Келісімін ашу үшін қол қоюды екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber</source>
        <translation>Қайта нөмірлеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close gaps and repeats: orders become 1, 2, 3 …</source>
        <translation>Бос орындар мен қайталауларды жою, реттік нөмірлер: 1, 2, 3 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by signatory</source>
        <translation>Қол қоюшы бойынша топтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder so that each busy signatory signs a run of agreements in a row</source>
        <translation>Әр бос емес қол қоюшы бірнеше келісімге қатарынан қол қоятындай етіп ретін өзгерту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan notices</source>
        <translation>Жоспар бойынша ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <comment>button: close the window</comment>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing item:</source>
        <translation>Қол қою тармағы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each signing takes:</source>
        <translation>Әр қол қою ұзақтығы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a row to change the order. Rows with ⚠ need a signatory who is due elsewhere at that time (hover for details).</source>
        <translation>Ретін өзгерту үшін жолды сүйреңіз. ⚠ белгісі бар жолдардағы қол қоюшы сол уақытта басқа жерде болуы тиіс (толығырақ көру үшін меңзерді апарыңыз).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The event has no signing item yet: add one in the Agenda.</source>
        <translation>Іс-шарада әлі қол қою тармағы жоқ: оны Күн тәртібіне қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n minute(s)</source>
        <comment>length of the signing item</comment>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signing(s)</source>
        <translation>
            <numerusform>%n қол қою</numerusform>
            <numerusform>%n қол қою</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min each</source>
        <comment>minutes per signing</comment>
        <translation>әрқайсысы {minutes} мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The plan runs until {end}, past the end of the item ({item_end}). Shorten the signings or extend the item.</source>
        <translation>⚠ Жоспар {end} дейін созылады, бұл тармақтың аяқталуынан ({item_end}) кеш. Қол қоюларды қысқартыңыз немесе тармақты ұзартыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ %n signing(s) need(s) a signatory who is due elsewhere at that time.</source>
        <translation>
            <numerusform>⚠ %n қол қоюдың қол қоюшысы сол уақытта басқа жерде болуы тиіс.</numerusform>
            <numerusform>⚠ %n қол қоюдың қол қоюшысы сол уақытта басқа жерде болуы тиіс.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Signings grouped by signatory</source>
        <translation>Қол қоюлар қол қоюшы бойынша топталды</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/documents_view.py" line="+59"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda with speakers, for guests and the press</source>
        <translation>Күн тәртібі мен баяндамашылар, қонақтар мен БАҚ үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificates</source>
        <translation>Қол қою туралы куәліктер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page per signed agreement, with a QR code</source>
        <translation>Қол қойылған әр келісімге бір бет, QR кодымен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing register</source>
        <translation>Қол қою тізілімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every agreement, its parties and signatories</source>
        <translation>Әр келісім, оның тараптары мен қол қоюшылары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony run sheet</source>
        <translation>Рәсімнің жұмыс жоспары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-by-minute plan for the protocol team</source>
        <translation>Протокол қызметіне минут сайынғы жоспар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges</source>
        <translation>Бейдждер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges for every participant</source>
        <translation>Әр қатысушыға арналған бейдждер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place cards</source>
        <translation>Үстел карталары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folded table cards with names</source>
        <translation>Аты-жөні жазылған бүктелген карталар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating chart</source>
        <translation>Отырғызу сызбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each table to scale, with an index of people</source>
        <translation>Әр үстел масштабымен, адамдар көрсеткішімен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag placement</source>
        <translation>Жалаулардың орналасуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each national flag stands, as the audience sees it</source>
        <translation>Әр мемлекеттік жалаудың орны, залдан қарағанда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second language</source>
        <translation>Екінші тіл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate document</source>
        <translation>Құжатты жасау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel generation</source>
        <translation>Жасаудан бас тарту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language:</source>
        <translation>Екінші тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Үстел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Қағаз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature:</source>
        <translation>Цифрлық қолтаңба:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+264"/>
        <source>No document yet: choose one and press Generate.</source>
        <translation>Әзірге құжат жоқ: біреуін таңдап, «Жасау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <comment>before the page number, with a space</comment>
        <translation>Бет </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Бүкіл бет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The event changed since this document was generated: generate it again to include the changes.</source>
        <translation>Құжат жасалғаннан кейін іс-шара өзгерді: өзгерістерді қосу үшін оны қайта жасаңыз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Generating…</source>
        <translation>Жасалуда…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} of {total}</source>
        <comment>progress of a document</comment>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> of {pages}</source>
        <comment>after the page number, with a space</comment>
        <translation> / {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{document} · %n page(s)</source>
        <translation>
            <numerusform>{document} · %n бет</numerusform>
            <numerusform>{document} · %n бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Generated %n page(s)</source>
        <translation>
            <numerusform>%n бет жасалды</numerusform>
            <numerusform>%n бет жасалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n text(s) has/have no {language} translation; printed in the default.</source>
        <translation>
            <numerusform>{language}: %n мәтіннің аудармасы жоқ; негізгі мәтін басылды.</numerusform>
            <numerusform>{language}: %n мәтіннің аудармасы жоқ; негізгі мәтін басылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n бет принтерге жіберілді</numerusform>
            <numerusform>%n бет принтерге жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Signed by {signer}.</source>
        <translation>Қол қойған: {signer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready. Save it as PDF or print it.</source>
        <translation>Дайын. Оны PDF ретінде сақтаңыз немесе басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be generated.</source>
        <translation>Құжатты жасау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Тоқтатылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Saved {file}</source>
        <translation>{file} сақталды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save &quot;{file}&quot;: {reason}</source>
        <translation>«{file}» сақталмады: {reason}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Print document…</source>
        <translation>Құжатты &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save document as PDF…</source>
        <translation>Құжатты PDF ретінде сақтау…</translation>
    </message>
</context>
<context>
    <name>DomainFields</name>
    <message>
        <location filename="../../desktop_app/ui/domain_messages.py" line="+265"/>
        <source>ID</source>
        <extracomment>The fields the rules name, as a general message (an error box, a form&apos;s message below the fields) calls them. Beside a field no name is needed.</extracomment>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the event languages</source>
        <translation>Іс-шара тілдеріндегі жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Протоколдық басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Залдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Күші аяқталатын күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>Қол қою рәсімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>Қол қою реті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Түпнұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue country</source>
        <translation>Өтетін елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hosts</source>
        <translation>Ұйымдастырушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file</source>
        <translation>Шығыс файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since version</source>
        <translation>Қай нұсқадан бері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until version</source>
        <translation>Қай нұсқаға дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years valid</source>
        <translation>Жарамдылық мерзімі (жыл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>Кілт түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Цифрлық қолтаңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate</source>
        <translation>Сенімді сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>Бұзылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Ескерту мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location line="-273"/>
        <source>is required</source>
        <extracomment>Every template the rules in ``desktop_app/domain`` and ``desktop_app/services`` use.</extracomment>
        <translation>міндетті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a valid id (1-64 letters, digits, - _ .)</source>
        <translation>«{value}» жарамды идентификатор емес (1–64 әріп, сан, - _ .)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a two-letter country code (ISO 3166-1, e.g. AZ)</source>
        <translation>«{value}» екі әріпті ел коды емес (ISO 3166-1, мысалы, AZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of {choices}</source>
        <translation>«{value}» мына мәндердің бірі емес: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{tag}&quot; is not a language tag (e.g. az)</source>
        <translation>«{tag}» тіл тегі емес (мысалы, az)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least 1, got {value}</source>
        <translation>кемінде 1 болуы керек, берілгені: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a known time zone (e.g. Asia/Baku)</source>
        <translation>«{value}» белгілі уақыт белдеуі емес (мысалы, Asia/Baku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the start ({start})</source>
        <translation>басталу уақытынан ({start}) кейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be within the event ({first_day} to {last_day})</source>
        <translation>іс-шара күндерінің ішінде болуы керек ({first_day} – {last_day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character ({character}) at position {position}</source>
        <translation>{position} позициясында басқару таңбасы ({character}) бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>ұзындығы {length} таңба; шегі {limit} таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {limit}, got {value}</source>
        <translation>ең көбі {limit} болуы керек, берілгені: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be in the years {first} to {last}, got {value}</source>
        <translation>{first}–{last} жылдар аралығында болуы керек, берілгені: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event lasts {days} days; the limit is {limit}</source>
        <translation>іс-шара {days} күнге созылады; шегі {limit} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a room of this event</source>
        <translation>бұл іс-шараның залы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a person of this event</source>
        <translation>бұл іс-шараның тұлғасы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a person twice</source>
        <translation>бір тұлғаны екі рет көрсетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another item</source>
        <translation>«{value}» басқа тармақта қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would fall outside the day</source>
        <translation>күннің шегінен шығып кетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifting it would move it outside the day</source>
        <translation>жылжытқанда күннің шегінен шығып кетеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 2 parties are needed</source>
        <translation>кемінде 2 тарап қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when status is &quot;{status}&quot;</source>
        <translation>мәртебесі «{status}» болғанда міндетті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be empty when status is &quot;{status}&quot;</source>
        <translation>мәртебесі «{status}» болғанда бос болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a time zone offset</source>
        <translation>уақыт белдеуінің ығысуы көрсетілуі керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after valid from ({valid_from})</source>
        <translation>күшіне енетін күннен ({valid_from}) кейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another agreement</source>
        <translation>«{value}» басқа келісімде қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an organization of this event</source>
        <translation>бұл іс-шараның ұйымы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agenda item of this event</source>
        <translation>бұл іс-шараның күн тәртібінің тармағы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; is not a signing item</source>
        <translation>«{title}» қол қою тармағы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change from &quot;{current}&quot; to &quot;{target}&quot; (allowed: {allowed})</source>
        <translation>«{current}» мәртебесінен «{target}» мәртебесіне өзгерту мүмкін емес (рұқсат етілгені: {allowed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new order leaves out agreements of this ceremony</source>
        <translation>жаңа ретте осы рәсімнің кейбір келісімдері жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists an agreement twice</source>
        <translation>бір келісімді екі рет көрсетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agreement of this event</source>
        <translation>бұл іс-шараның келісімі емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {choices}</source>
        <translation>мына мәндердің бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a file name ending in .pdf</source>
        <translation>.pdf кеңейтуімен аяқталатын файл атауы болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder &quot;{folder}&quot; does not exist</source>
        <translation>оның «{folder}» бумасы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file name</source>
        <translation>бұл файл атауы емес, бума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} languages, got {count}</source>
        <translation>{document}: ең көбі {limit} тіл, берілгені: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} language, got {count}</source>
        <translation>{document}: ең көбі {limit} тіл, берілгені: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only certificates can be limited to some agreements</source>
        <translation>тек куәліктерді кейбір келісімдермен шектеуге болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be limited to an agenda item</source>
        <translation>тек {choices} күн тәртібінің бір тармағымен шектеуге болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the programme can leave draft agreements out</source>
        <translation>жоба келісімдерін тек бағдарламадан тыс қалдыруға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be signed</source>
        <translation>тек {choices} қол қоюға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>қалта емес, файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 1 to 10 years</source>
        <translation>1 жылдан 10 жылға дейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {count} characters</source>
        <translation>кемінде {count} таңба болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>бұрыннан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a PKCS#12 key file</source>
        <translation>PKCS#12 кілт файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for the key file</source>
        <translation>кілт файлының құпия сөзі қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no private key and certificate to sign with</source>
        <translation>қол қою үшін жеке кілт пен сертификат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its certificate is valid from {start} to {end} only</source>
        <translation>оның сертификаты тек {start} – {end} аралығында жарамды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a certificate (PEM or DER)</source>
        <translation>сертификат емес (PEM немесе DER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {limit} characters</source>
        <translation>ең көбі {limit} таңба болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one line of text</source>
        <translation>бір жолдық мәтін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already the name of a published version</source>
        <translation>«{value}» — жарияланған нұсқаның атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version has been published yet</source>
        <translation>әлі бірде-бір нұсқа жарияланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version &quot;{value}&quot; has been published (published: {names})</source>
        <translation>«{value}» нұсқасы жарияланбаған (жарияланғандары: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a version published after {since}</source>
        <translation>{since} нұсқасынан кейін жарияланған нұсқа болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{tag}&quot; is not a supported language; choose from {choices}</source>
        <translation>«{tag}» — қолдау көрсетілетін тіл емес; мыналардан таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be before the start ({start})</source>
        <translation>басталу күнінен ({start}) бұрын болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one room is needed</source>
        <translation>кемінде бір зал қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one language is needed</source>
        <translation>кемінде бір тіл қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{room}&quot; still has {count} agenda item(s); move them first</source>
        <translation>«{room}» залында әлі күн тәртібінің {count} тармағы бар; алдымен оларды жылжытыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event with id &quot;{value}&quot; already exists</source>
        <translation>«{value}» идентификаторы бар іс-шара бұрыннан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; would fall outside the new dates</source>
        <translation>«{title}» жаңа күндердің шегінен шығып кетеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is already used by another person</source>
        <translation>«{value}» басқа тұлғада қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another organization</source>
        <translation>«{value}» басқа ұйымда қолданылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a translatable text; choose from {choices}</source>
        <translation>«{value}» — аударылатын мәтін емес; мыналардан таңдаңыз: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of the event&apos;s languages ({choices})</source>
        <translation>«{value}» іс-шараның тілдерінің бірі емес ({choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is the language of the default text; edit that in the record&apos;s form</source>
        <translation>«{value}» — негізгі мәтіннің тілі; оны жазбаның пішінінде өңдеңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no default text to translate</source>
        <translation>аударатын негізгі мәтін жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a signed agreement can be terminated</source>
        <translation>тек қол қойылған келісімді бұзуға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the signing ({signed})</source>
        <translation>қол қойылған күннен ({signed}) бұрын болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a party to the agreement</source>
        <translation>келісімнің тарапы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be another party than the one it is from</source>
        <translation>жіберуші тараптан басқа тарап болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{name}&quot; is {size} MB; a file can be attached up to {limit} MB (split the scan or save it at a lower resolution)</source>
        <translation>&quot;{name}&quot; көлемі {size} МБ; {limit} МБ-қа дейінгі файлды тіркеуге болады (сканерді бөліңіз немесе төменірек ажыратымдылықпен сақтаңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be zero or more days, got {value}</source>
        <translation>нөл немесе одан көп күн болуы керек, берілгені: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is in {count} events; name it as EVENT/REF: {choices}</source>
        <translation>&quot;{value}&quot; {count} іс-шарада бар; оны ІС-ШАРА/НӨМІР түрінде көрсетіңіз: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a signed agreement can be renewed</source>
        <translation>тек қол қойылған келісімді ұзартуға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a terminated agreement cannot be renewed</source>
        <translation>бұзылған келісімді ұзартуға болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already renewed by {reference}</source>
        <translation>{reference} арқылы ұзартылып қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is already attached as &quot;{name}&quot;</source>
        <translation>бұл файл &quot;{name}&quot; ретінде тіркеліп қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a year such as 2025</source>
        <translation>2025 сияқты жыл емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to verify ({size} MB)</source>
        <translation>тексеру үшін тым үлкен ({size} МБ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seat {seat} is not a seat of {layout} ({count} seats)</source>
        <translation>{seat}-орын {layout} орналасуында жоқ ({count} орын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: rows need at least 1 row of 1 seat</source>
        <translation>«{spec}» орналасуы: кемінде 1 орындық 1 қатар қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: more than {maximum} seats</source>
        <translation>«{spec}» орналасуы: {maximum} орыннан көп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot; is not valid: use round:N, rect:N, u:N, head:N+rows:RxC or signing:N</source>
        <translation>«{spec}» орналасуы жарамсыз: round:N, rect:N, u:N, head:N+rows:RxC немесе signing:N жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout &quot;{spec}&quot;: a {kind} layout takes {minimum} to {maximum} seats, not {count}</source>
        <translation>«{spec}» орналасуы: {kind} орналасуында {minimum}–{maximum} орын болады, {count} емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule &quot;{rule}&quot; is not valid: use precedence, facing or alphabetical</source>
        <translation>«{rule}» ережесі жарамсыз: precedence, facing немесе alphabetical таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seat missing: {layout} has {free} free seats for {people} people</source>
        <translation>{missing} орын жетпейді: {layout} орналасуында {people} адамға {free} бос орын бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seats missing: {layout} has {free} free seats for {people} people</source>
        <translation>{missing} орын жетпейді: {layout} орналасуында {people} адамға {free} бос орын бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the facing rule needs two sides facing each other: use round:N or rect:N, not {layout}</source>
        <translation>қарама-қарсы ережесіне бір-біріне қараған екі жақ керек: {layout} емес, round:N немесе rect:N таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seat {seat} is locked but {layout} has {count} seats: unlock it first</source>
        <translation>{seat}-орын бекітілген, бірақ {layout} орналасуында {count} орын бар: алдымен бекітуді алыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a seat is listed twice: {seats}</source>
        <translation>орын екі рет көрсетілген: {seats}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat {seat} is locked: unlock it first</source>
        <translation>{seat}-орын бекітілген: алдымен бекітуді алыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} &quot;{key}&quot; not found</source>
        <extracomment>The generic errors&apos; own templates: used as they are for a record kind not listed in ``RECORD_MESSAGES`` (``{what}`` then stays the English key).</extracomment>
        <translation>{what} «{key}» табылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>{what} «{key}» басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} &quot;{key}&quot; is still referenced: {references}</source>
        <translation>{what} «{key}» әлі де сілтеме ретінде қолданылады: {references}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>speaker in &quot;{title}&quot;</source>
        <translation>«{title}» тармағындағы баяндамашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair of &quot;{title}&quot;</source>
        <translation>«{title}» тармағының төрағасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory of {reference}</source>
        <translation>{reference} келісіміне қол қоюшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness of {reference}</source>
        <translation>{reference} келісімінің куәгері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party to {reference}</source>
        <translation>{reference} келісімінің тарапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization of {name}</source>
        <translation>{name} тұлғасының ұйымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host of the event</source>
        <translation>іс-шараны ұйымдастырушы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event &quot;{key}&quot; not found</source>
        <extracomment>The generic errors as whole sentences per record kind (``what``), so a translator can make the words agree (a missing &quot;event&quot; and a missing &quot;person&quot; differ in gender).</extracomment>
        <translation>«{key}» іс-шарасы табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; not found</source>
        <translation>«{key}» тұлғасы табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; not found</source>
        <translation>«{key}» ұйымы табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agenda item &quot;{key}&quot; not found</source>
        <translation>Күн тәртібінің «{key}» тармағы табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement &quot;{key}&quot; not found</source>
        <translation>«{key}» келісімі табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>«{key}» іс-шарасын басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>«{key}» тұлғасын басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>«{key}» ұйымын басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda item &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>Күн тәртібінің «{key}» тармағын басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>«{key}» келісімін басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seating plan &quot;{key}&quot; not found</source>
        <translation>«{key}» отырғызу жоспары табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seating plan &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>«{key}» отырғызу жоспарын басқа біреу өзгертті; оны қайта жүктеп, әрекетті қайталаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attached file &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; тіркелген файлы табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; қызметі табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; қызметін басқа біреу өзгертті; қайта жүктеп, тағы көріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person &quot;{key}&quot; is still referenced: {references}</source>
        <translation>«{key}» тұлғасына әлі де сілтеме бар: {references}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; is still referenced: {references}</source>
        <translation>«{key}» ұйымына әлі де сілтеме бар: {references}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{field}: {reason}</source>
        <extracomment>One refused field in a general message (not beside its field).</extracomment>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>is not a whole number</source>
        <extracomment>The reasons and notes of a spreadsheet import (``services/table_*.py``, ``exchange/table_values.py``), made as ``Phrase``s; the CLI prints them in English, the import wizard through :func:`translated_phrase`.</extracomment>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date; write YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>күн емес; ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date and time; write e.g. 2025-03-04 12:35 (the event&apos;s time) or 2025-03-04T12:35:00+04:00</source>
        <translation>күн мен уақыт емес; мысалы 2025-03-04 12:35 (іс-шараның уақыты) немесе 2025-03-04T12:35:00+04:00 деп жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from row {row} (&quot;{value}&quot;) for the same {what}{hint}</source>
        <translation>сол жазба ({what}) үшін {row}-жолдағы мәннен («{value}») өзгеше{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {what} has no name</source>
        <translation>атауы жоқ ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches {count} existing records ({listed}); add an id column to say which</source>
        <translation>{count} бар жазбаға сәйкес келеді ({listed}); қайсысы екенін көрсету үшін идентификатор бағанын қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches several organizations ({keys}); write its id or full name</source>
        <translation>бірнеше ұйымға сәйкес келеді ({keys}); оның идентификаторын немесе толық атауын жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an organization of this event; match it to one, create it or leave it empty</source>
        <translation>бұл іс-шараның ұйымы емес; оны біреуіне сәйкестендіріңіз, жасаңыз немесе бос қалдырыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has a header row but no data rows</source>
        <translation>файлда тақырып жолы бар, бірақ деректер жолдары жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows} are the same {what} (same name in another spelling or script); merged</source>
        <translation>{rows} жолдары бір жазба ({what}: сол атау басқа жазылуда немесе әліпбиде); біріктірілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched by id</source>
        <translation>идентификатор бойынша табылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name</source>
        <translation>атауы бойынша табылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations without a kind are stored as universities</source>
        <translation>түрі көрсетілмеген ұйымдар университет ретінде сақталады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{name}&quot; ({country}) is created</source>
        <translation>«{name}» ұйымы ({country}) жасалады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} and {second} overlap in {room} on {day}</source>
        <extracomment>The conflict warnings (``domain/conflicts.py``), shown through :func:`translated_warning`.</extracomment>
        <translation>{first} және {second} {day} күні {room} залында қабаттасады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is in {first} and {second}, which overlap on {day}</source>
        <translation>{name} {day} күні қабаттасатын {first} және {second} тармақтарына қатысады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference}: signatory {name} belongs to {other}, not to the party {party}</source>
        <translation>{reference} келісімі: қол қоюшы {name} {party} тарапына емес, {other} ұйымына жатады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference} is still a draft but is in the signing item &quot;{title}&quot;</source>
        <translation>{reference} келісімі әлі жоба, бірақ «{title}» қол қою тармағында тұр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement {reference} is planned in &quot;{title}&quot;, which is a {kind} item, not a signing</source>
        <translation>{reference} келісімі «{title}» тармағына жоспарланған, ол қол қою емес, «{kind}» тармағы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signing item &quot;{title}&quot; has order {order} more than once: {references}</source>
        <translation>«{title}» қол қою тармағында {order} реті бірнеше рет кездеседі: {references}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>{problem}; carrying on without a new backup</source>
        <extracomment>The warning shown when a database opened without the backup it should have had (its backups folder could not be written); made in desktop_app/storage (Database.warnings).</extracomment>
        <translation>{problem}; жұмыс жаңа сақтық көшірмесіз жалғасады</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>is the same organization as party {party}</source>
        <translation>{party}-тараппен бірдей ұйым</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>cannot back up &quot;{source}&quot; into &quot;{folder}&quot;: {reason}</source>
        <translation>«{source}» сақтық көшірмесін «{folder}» қалтасына жасау мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="+40"/>
        <source>… (more problems were found; fix these first)</source>
        <extracomment>Details longer than this many lines are cut in the message box (the log has them all).</extracomment>
        <translation>… (басқа да мәселелер табылды; алдымен осыларды түзетіңіз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: {reason} (value: {value})</source>
        <comment>a refused field: its name, why, and the value that was refused</comment>
        <translation>{field}: {reason} (мәні: {value})</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The file was not imported: %n problems were found.</source>
        <comment>always more than one problem</comment>
        <translation>
            <numerusform>Файл импортталмады: %n мәселе табылды.</numerusform>
            <numerusform>Файл импортталмады: %n мәселе табылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong ({error}). Your data is safe: every change was already saved.

The details were written to {log_file}.</source>
        <translation>Күтпеген қате орын алды ({error}). Деректеріңіз қауіпсіз: әр өзгеріс бұрын сақталған.

Толық мәліметтер {log_file} файлына жазылды.</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/event_commands.py" line="+20"/>
        <source>Edit event details</source>
        <comment>undo command</comment>
        <translation>Іс-шара мәліметтерін өңдеу</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/event_dialog.py" line="+70"/>
        <source>Edit event</source>
        <translation>Іс-шараны өңдеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Event</source>
        <comment>tab of the event form: title, dates, languages</comment>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round table on higher education cooperation</source>
        <comment>example of an event title</comment>
        <translation>Жоғары білім беру саласындағы ынтымақтастық жөніндегі дөңгелек үстел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <comment>of the event</comment>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Тақырыпшасы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Күндері:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <comment>tab of the event form: venue, address, city, country</comment>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>Ө&amp;тетін орны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <comment>street address of the venue</comment>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;City:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO code, e.g. AZ, KZ</source>
        <translation>Екі әріпті ISO коды, мысалы, AZ, KZ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <comment>tab of the event form</comment>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Languages:</source>
        <translation>Т&amp;ілдері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, the main one first, e.g. en, az, kk</source>
        <translation>Тіл кодтары, алдымен негізгісі, мысалы, en, az, kk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms and hosts</source>
        <comment>tab of the event form</comment>
        <translation>Залдар мен ұйымдастырушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms:</source>
        <translation>&amp;Залдар:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Hosts:</source>
        <comment>organizations hosting the event</comment>
        <translation>&amp;Ұйымдастырушылар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the organizations hosting the event</source>
        <translation>Іс-шараны ұйымдастыратын ұйымдарды белгілеңіз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create event</source>
        <translation>Іс-шараны құру</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <comment>seats in a room</comment>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s name in {language}</source>
        <translation>Залдың атауы ({language})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main hall</source>
        <comment>default name of a new event&apos;s first room</comment>
        <translation>Үлкен зал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add room</source>
        <translation>Зал қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New room</source>
        <translation>Жаңа зал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room</source>
        <translation>Залды алып тастау</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>capacity “{value}” is not a whole number</source>
        <translation>орын саны «{value}» бүтін сан емес</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/event_session.py" line="+122"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>Күн тәртібінің %n тармағы</numerusform>
            <numerusform>Күн тәртібінің %n тармағы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n тұлға</numerusform>
            <numerusform>%n тұлға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n келісім</numerusform>
            <numerusform>%n келісім</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;{title}&quot; with its {items}, {people} and {agreements}?

This cannot be undone. Export the event file first to keep a copy.</source>
        <translation>«{title}» іс-шарасын ({items}, {people} және {agreements}) жою керек пе?

Бұл әрекетті болдырмау мүмкін емес. Көшірмесін сақтау үшін алдымен іс-шара файлын экспорттаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Delete the event?</source>
        <translation>Іс-шараны жою керек пе?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete event</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The event was deleted.</source>
        <translation>Іс-шара жойылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import an event file</source>
        <translation>Іс-шара файлын импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Event files (*.json)</source>
        <translation>Іс-шара файлдары (*.json)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {file}…</source>
        <translation>{file} импортталуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;{file}&quot; was not imported: it has %n problem(s). Nothing was stored.</source>
        <translation>
            <numerusform>«{file}» импортталмады: онда %n мәселе бар. Ештеңе сақталмады.</numerusform>
            <numerusform>«{file}» импортталмады: онда %n мәселе бар. Ештеңе сақталмады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import problems</source>
        <translation>Импорт мәселелері</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported {file} (%n warning(s))</source>
        <translation>
            <numerusform>{file} импортталды (%n ескерту)</numerusform>
            <numerusform>{file} импортталды (%n ескерту)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}</source>
        <translation>{file} импортталды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sample event is already here; opened it.</source>
        <translation>Үлгі іс-шара бұрыннан бар; ол ашылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the event?</source>
        <translation>Іс-шараны ауыстыру керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has an event with the id &quot;{id}&quot;.

Replace it with the one in {file}? This cannot be undone.</source>
        <translation>Деректер қорында «{id}» идентификаторы бар іс-шара бұрыннан бар.

Оны {file} файлындағы іс-шарамен ауыстыру керек пе? Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the event file</source>
        <translation>Іс-шара файлын экспорттау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the event to {path}</source>
        <translation>Іс-шара {path} файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>ExpiringLine</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/expiring_line.py" line="+37"/>
        <source>Open the agreements register on them</source>
        <extracomment>The settings key of the notice period, in days (the register view sets it).</extracomment>
        <translation>Келісімдер тізілімін солармен ашу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements expiring within {days} days, in every event: {count}</source>
        <translation>{days} күн ішінде мерзімі аяқталатын келісімдер, барлық іс-шараларда: {count}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/export_dialog.py" line="+215"/>
        <source>Export &amp;signing records…</source>
        <translation>Қол қою жазбаларын экс&amp;порттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export agenda as i&amp;Calendar…</source>
        <translation>Күн тәртібін i&amp;Calendar ретінде экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;conference schedule (frab)…</source>
        <translation>Конференция к&amp;естесін экспорттау (frab)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import people or agreements from a &amp;spreadsheet…</source>
        <translation>Тұлғаларды немесе келісімдерді электрондық &amp;кестеден импорттау…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-172"/>
        <source>Signing records (one row per party)</source>
        <extracomment>What can be exported; translated when the combo is filled.</extracomment>
        <translation>Қол қою жазбалары (әр тарапқа бір жол)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda as a calendar (iCalendar)</source>
        <translation>Күнтізбе ретіндегі күн тәртібі (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference schedule (frab / C3VOC)</source>
        <translation>Конференция кестесі (frab / C3VOC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook</source>
        <extracomment>The file formats&apos; names (``FileFormat.label`` of the services), per export and suffix, for the format list and the file dialog&apos;s filter in the interface language.</extracomment>
        <translation>Excel жұмыс кітабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8</source>
        <translation>CSV, UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON signing records</source>
        <translation>Қол қою жазбалары, JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule XML</source>
        <translation>frab/C3VOC кестесі, XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule JSON</source>
        <translation>frab/C3VOC кестесі, JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <comment>window title</comment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export</source>
        <translation>Не экспортталады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <comment>file format</comment>
        <translation>Пішім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <comment>the language the exported names are written in</comment>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <comment>the file the export is saved to</comment>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export:</source>
        <comment>label: what to export</comment>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <comment>file format</comment>
        <translation>Пішім:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Names in:</source>
        <comment>the language names are written in</comment>
        <translation>Атаулар тілі:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <comment>button: write the file</comment>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Texts in:</source>
        <comment>the language the calendar&apos;s or schedule&apos;s titles, rooms and names are written in</comment>
        <translation>Мәтіндер тілі:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the file.</source>
        <translation>Файлды сақтайтын орынды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name must end in .{suffix}.</source>
        <translation>Файл атауы .{suffix} кеңейтуімен аяқталуы керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} бумасы жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Экспорттау орны</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {what} to {file}</source>
        <translation>{what} {file} файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/feedback.py" line="+38"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/field_errors.py" line="+145"/>
        <source>Problem with {field}</source>
        <translation>{field} өрісінде мәселе бар</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="+80"/>
        <source>Name in {language}:</source>
        <translation>{language} тіліндегі атауы:</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+21"/>
        <source>Problem with {field}</source>
        <comment>screen reader name of a field&apos;s error</comment>
        <translation>{field} өрісінде мәселе бар</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+63"/>
        <source>{value} {caption}. {detail}</source>
        <comment>a figure of the overview, read aloud</comment>
        <translation>{value} {caption}. {detail}</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/import_commands.py" line="+86"/>
        <source>Import {file}</source>
        <comment>undo command</comment>
        <translation>{file} импорты</translation>
    </message>
</context>
<context>
    <name>ImportFieldLabels</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_field_labels.py" line="+18"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>Құрметті атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Протоколдық басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Өмірбаян</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>Қол қою реті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Күшіне енетін күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Күші аяқталатын күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Түпнұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party number</source>
        <translation>Тарап нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties (list)</source>
        <translation>Тараптар (тізім)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (list)</source>
        <translation>Қол қоюшылар (тізім)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Импортталмайды</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Party {number}</source>
        <translation>{number}-тарап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory {number}</source>
        <translation>{number}-қол қоюшы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in {language}</source>
        <translation>{language} тіліндегі атауы</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_messages.py" line="+36"/>
        <source>(empty)</source>
        <comment>no value</comment>
        <translation>(бос)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}, column {column} “{header}”</source>
        <translation>{row}-жол, {column} бағаны «{header}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}, field “{field}”</source>
        <translation>{row}-жол, «{field}» өрісі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column {column} “{header}”</source>
        <translation>{column} бағаны «{header}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{place} (“{value}”): {reason}</source>
        <translation>{place} («{value}»): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}”: {reason}</source>
        <translation>«{value}»: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {rows}</source>
        <comment>one row</comment>
        <translation>{rows}-жол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows {rows}</source>
        <comment>several rows</comment>
        <translation>{rows} жолдары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create “{key}” ({label}) from {rows}</source>
        <translation>{rows}: «{key}» ({label}) жасалады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update “{key}” ({label}) from {rows}</source>
        <translation>{rows}: «{key}» ({label}) жаңартылады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({label}) unchanged, {rows}</source>
        <translation>{rows}: «{key}» ({label}) өзгермейді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n қате жол өткізіліп жіберілді</numerusform>
            <numerusform>%n қате жол өткізіліп жіберілді</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{rows}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{rows}: {created} жасалды, {updated} жаңартылды, {unchanged} өзгермеді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows}: {created} to be created, {updated} to be updated, {unchanged} unchanged</source>
        <translation>{rows}: {created} жасалады, {updated} жаңартылады, {unchanged} өзгермейді</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/info_bar.py" line="+17"/>
        <source>Suggestion</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss suggestion</source>
        <translation>Ұсынысты жасыру</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="-126"/>
        <source>English</source>
        <extracomment>Names of the event languages, in English; shown through ``language_label``, which translates them at use time (the translator is not installed at import time).</extracomment>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani</source>
        <translation>Әзербайжан тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Қырғыз тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Түрікмен тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Француз тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Неміс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Араб тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Испан тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgian</source>
        <translation>Грузин тілі</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{language} ({tag})</source>
        <comment>a language name with its code: Azerbaijani (az)</comment>
        <translation>{language} ({tag})</translation>
    </message>
</context>
<context>
    <name>LanguageNotice</name>
    <message>
        <location filename="../../desktop_app/ui/language_notice.py" line="+24"/>
        <source>The {language} interface catalogue is missing from this installation; the window stays in English.</source>
        <translation>{language} интерфейс каталогы бұл орнатуда жоқ; терезе ағылшын тілінде қалады.</translation>
    </message>
</context>
<context>
    <name>LayoutControls</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+39"/>
        <source>Layout</source>
        <extracomment>The user changed the layout or the rule.</extracomment>
        <translation>Орналасу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats at the table</source>
        <translation>Үстелдегі орындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Қатарлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row</source>
        <translation>Қатардағы орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Қатарлар:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place by rule</source>
        <translation>Ережемен отырғызу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat everyone by the rule at this layout and store the plan; locked seats stay as they are</source>
        <translation>Барлығын осы орналасуда ереже бойынша отырғызып, жоспарды сақтау; бекітілген орындар өзгермейді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout:</source>
        <translation>Орналасу:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule:</source>
        <translation>Ереже:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/licences_dialog.py" line="+32"/>
        <source>Licences</source>
        <translation>Лицензиялар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Components</source>
        <translation>Құрамдас бөліктер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Licence text</source>
        <translation>Лицензия мәтіні</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No licence information is installed.</source>
        <translation>Лицензия туралы ақпарат орнатылмаған.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is distributed under {licence}.</source>
        <translation>{name} {licence} лицензиясымен таратылады.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+50"/>
        <source>Overview</source>
        <extracomment>(module under desktop_app.ui.views, class name, title) in navigation order. The title is English here (it names the view&apos;s id); it is shown through ``view_title``.</extracomment>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating</source>
        <translation>Отырғызу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Event</source>
        <comment>toolbar name</comment>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:</source>
        <comment>label of the event switcher</comment>
        <translation>Іс-шара:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open event</source>
        <translation>Іс-шараны ашу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event…</source>
        <translation>Іс-шараны өңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event details</source>
        <translation>Іс-шара мәліметтерін өңдеу</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;New event…</source>
        <translation>Жаңа &amp;іс-шара…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open or switch event…</source>
        <translation>Іс-шараны &amp;ашу немесе ауыстыру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event details…</source>
        <translation>Іс-шара &amp;мәліметтерін өңдеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import event file…</source>
        <translation>Іс-шара файлын &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport event file…</source>
        <translation>Іс-шара файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish version…</source>
        <translation>Нұсқаны &amp;жариялау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the programme as it is now, to list and print the changes made after it</source>
        <translation>Бағдарламаны қазіргі күйінде сақтаңыз: кейінгі өзгерістерді тізіп, басып шығаруға болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published &amp;versions…</source>
        <translation>Жарияланған &amp;нұсқалар…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample event</source>
        <translation>&amp;Үлгі іс-шараны ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete event…</source>
        <translation>Іс-шараны &amp;жою…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>Қазір &amp;сақтық көшірме жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the interface language and the colours</source>
        <translation>Интерфейс тілі мен түстерін таңдау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Куәлікті &amp;тексеру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a signed certificate or register (PDF): its signature and its codes</source>
        <translation>Қол қойылған куәлікті немесе тізілімді (PDF) тексеру: қолтаңбасын және кодтарын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Roundtable</source>
        <translation>Roundtable &amp;туралы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict warnings: open the overview</source>
        <translation>Қайшылық туралы ескертулер: шолуды ашу</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot open {kind} {key} in this version</source>
        <translation>Бұл нұсқада {kind} {key} ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking for conflicts…</source>
        <translation>Қайшылықтар тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <translation>Ескерту жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the overview to see the warnings</source>
        <translation>Ескертулерді көру үшін шолуды ашыңыз</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Warning: {warning}</source>
        <translation>Ескерту: {warning}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+66"/>
        <source>What to do next</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the rooms</source>
        <translation>Залдарды қосыңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event… › Rooms and hosts</source>
        <translation>Іс-шараны өңдеу… › Залдар мен ұйымдастырушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the organizations</source>
        <translation>Ұйымдарды қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The universities, ministries and embassies taking part</source>
        <translation>Қатысатын университеттер, министрліктер мен елшіліктер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the people</source>
        <translation>Тұлғаларды қосыңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers, chairs, signatories and guests</source>
        <translation>Баяндамашылар, төрағалар, қол қоюшылар және қонақтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the agenda</source>
        <translation>Күн тәртібін құрыңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items on the timeline, day by day</source>
        <translation>Уақыт шкаласындағы тармақтар, күн сайын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the agreements</source>
        <translation>Келісімдерді қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be signed, by whom</source>
        <translation>Не және кім қол қояды</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="-376"/>
        <source>set</source>
        <comment>checkbox before an optional date: the date is given</comment>
        <translation>белгілеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to leave the date open</source>
        <translation>Күнін ашық қалдыру үшін белгіні алып тастаңыз</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/organization_dialog.py" line="+35"/>
        <source>University</source>
        <extracomment>The kinds offered in the form, translated when the combo is filled.</extracomment>
        <translation>Университет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Елшілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Агенттік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {name}</source>
        <translation>{name} өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ADA, BSU, KazNU …</source>
        <comment>examples of short names of universities</comment>
        <translation>ADA, BSU, KazNU …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two letters (ISO 3166), e.g. AZ, KZ, UZ</source>
        <translation>Екі әріп (ISO 3166), мысалы AZ, KZ, UZ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *:</source>
        <comment>* marks a required field</comment>
        <translation>Атауы *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Қысқаша атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as the name above</source>
        <translation>жоғарыдағы атауымен бірдей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind *:</source>
        <comment>kind of organization; * marks a required field</comment>
        <translation>Түрі *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country *:</source>
        <comment>* marks a required field</comment>
        <translation>Ел *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Веб-сайт:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <comment>group of the name fields</comment>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <comment>group of kind, country, city, website</comment>
        <translation>Мәліметтер</translation>
    </message>
</context>
<context>
    <name>OrganizationKinds</name>
    <message>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="+17"/>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Елшілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Агенттік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>OrganizationsTable</name>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Жергілікті жазылуы</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/organizations_view.py" line="+40"/>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations — any spelling, any script</source>
        <translation>Ұйымдарды сүзу — кез келген жазылуы, кез келген жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations</source>
        <translation>Ұйымдарды сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization…</source>
        <translation>Жаңа ұйым…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organization</source>
        <translation>Ұйымды өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Delete organization</source>
        <translation>Ұйымды жою</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No organizations yet.
Use “New organization…” to add one.</source>
        <translation>Әзірге ұйымдар жоқ.
Қосу үшін «Жаңа ұйым…» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organizations match “{filter}”.</source>
        <translation>«{filter}» сүзгісіне сәйкес ұйым жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n ұйым</numerusform>
            <numerusform>%n ұйым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n organization(s)</source>
        <translation>
            <numerusform>{shown} / %n ұйым</numerusform>
            <numerusform>{shown} / %n ұйым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>first %n organization(s) · loading…</source>
        <translation>
            <numerusform>алғашқы %n ұйым · жүктелуде…</numerusform>
            <numerusform>алғашқы %n ұйым · жүктелуде…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>{name} is a party to %n agreement(s). Remove it from it/them (or delete it/them) first.</source>
        <translation>
            <numerusform>{name} %n келісімнің тарапы. Алдымен оны келісімнен алып тастаңыз (немесе келісімді жойыңыз).</numerusform>
            <numerusform>{name} %n келісімнің тарапы. Алдымен оны келісімдерден алып тастаңыз (немесе келісімдерді жойыңыз).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Added {name}</source>
        <translation>{name} қосылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}</source>
        <translation>{name} сақталды</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot delete</source>
        <translation>Жою мүмкін емес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is referred to. Delete anyway? Its people will have no organization (Undo puts everything back).</source>
        <translation>{name} басқа жазбаларда аталған. Бәрібір жою керек пе? Оның тұлғалары ұйымсыз қалады (Болдырмау бәрін қалпына келтіреді).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {name} — Undo restores it</source>
        <translation>{name} жойылды — Болдырмау арқылы қалпына келтіруге болады</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+48"/>
        <source>Event facts</source>
        <translation>Іс-шара деректері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <comment>caption under their number</comment>
        <translation>келісім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>universities involved</source>
        <comment>caption under their number</comment>
        <translation>университет қатысады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countries involved</source>
        <comment>caption under their number</comment>
        <translation>ел қатысады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants</source>
        <comment>caption under their number</comment>
        <translation>қатысушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda items</source>
        <comment>caption under their number</comment>
        <translation>күн тәртібінің тармағы</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+140"/>
        <source>Agreements per university</source>
        <translation>Университеттер бойынша келісімдер</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>By university</source>
        <translation>Университеттер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by university</source>
        <translation>Университеттер бойынша келісімдер диаграммасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by country</source>
        <translation>Елдер бойынша келісімдер диаграммасы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+127"/>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Conflict warnings</source>
        <translation>Қайшылық туралы ескертулер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to open the item</source>
        <translation>Тармақты ашу үшін екі рет шертіңіз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{count} {status}</source>
        <comment>a number of agreements and their status, e.g. 3 signed</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <comment>no agreements yet</comment>
        <translation>әзірге жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>from %n organization(s)</source>
        <translation>
            <numerusform>%n ұйымнан</numerusform>
            <numerusform>%n ұйымнан</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When: {dates} ({timezone})</source>
        <translation>Қашан: {dates} ({timezone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: {venue}</source>
        <translation>Қайда: {venue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: {rooms} · Languages: {languages}</source>
        <translation>Залдар: {rooms} · Тілдері: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rooms</comment>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements per country</source>
        <translation>Елдер бойынша келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements yet</source>
        <translation>Әзірге келісімдер жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agreements with universities yet</source>
        <translation>Университеттермен әзірге келісімдер жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings ({count})</source>
        <translation>Ескертулер ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking for conflicts…</source>
        <translation>Қайшылықтар тексерілуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: rooms, people and signings all fit.</source>
        <translation>Қайшылық жоқ: залдар, тұлғалар және қол қоюлар сәйкес келеді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code}: open the item to fix it</source>
        <translation>{code}: түзету үшін тармақты ашыңыз</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/people_commands.py" line="+105"/>
        <location line="+128"/>
        <source>Add {name}</source>
        <comment>undo command</comment>
        <translation>{name} қосу</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+126"/>
        <source>Edit {name}</source>
        <comment>undo command</comment>
        <translation>{name} өңдеу</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+113"/>
        <source>Delete {name}</source>
        <comment>undo command</comment>
        <translation>{name} жою</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="+47"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Жергілікті жазылуы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the organization</source>
        <translation>Ұйымнан</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../desktop_app/ui/views/people_view.py" line="+38"/>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people — any spelling, any script</source>
        <translation>Тұлғаларды сүзу — кез келген жазылуы, кез келген жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Тұлғаларды сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person…</source>
        <translation>Жаңа тұлға…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person</source>
        <translation>Тұлғаны өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Delete person</source>
        <translation>Тұлғаны жою</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No people yet.
Use “New person…” to add one.</source>
        <translation>Әзірге тұлғалар жоқ.
Қосу үшін «Жаңа тұлға…» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people match “{filter}”.</source>
        <translation>«{filter}» сүзгісіне сәйкес тұлға жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n тұлға</numerusform>
            <numerusform>%n тұлға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} / %n тұлға</numerusform>
            <numerusform>{shown} / %n тұлға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>first %n person(s) · loading…</source>
        <translation>
            <numerusform>алғашқы %n тұлға · жүктелуде…</numerusform>
            <numerusform>алғашқы %n тұлға · жүктелуде…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {name}</source>
        <translation>{name} қосылды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}</source>
        <translation>{name} сақталды</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} is referred to in the programme or the agreements. Delete anyway? These references will be removed (Undo puts them back).</source>
        <translation>{name} бағдарламада немесе келісімдерде аталған. Бәрібір жою керек пе? Бұл сілтемелер алып тасталады (Болдырмау оларды қайтарады).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {name} — Undo restores them</source>
        <translation>{name} жойылды — Болдырмау арқылы қалпына келтіруге болады</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/person_dialog.py" line="+68"/>
        <source>Edit {name}</source>
        <translation>{name} өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H.E., Prof., Dr., Amb. …</source>
        <comment>examples of honorifics before a name</comment>
        <translation>Ж.М., проф., д-р, елші …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rector, Minister of …</source>
        <comment>examples of positions</comment>
        <translation>Ректор, министр …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— not ranked —</source>
        <translation>— дәрежесі жоқ —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol rank: 1 is the most senior person of the event.</source>
        <translation>Протоколдық дәреже: 1 — іс-шарадағы ең жоғары лауазымды тұлға.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Honorific:</source>
        <translation>Құрметті атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name *:</source>
        <comment>* marks a required field</comment>
        <translation>Тегі *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as the name above</source>
        <translation>жоғарыдағы атымен бірдей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position:</source>
        <comment>a person&apos;s job title</comment>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Ел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence:</source>
        <comment>protocol rank</comment>
        <translation>Протоколдық басымдық:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography:</source>
        <translation>Өмірбаян:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <comment>group of the name fields</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <comment>group of position, organization, country</comment>
        <translation>Қызметі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <comment>group of e-mail, phone, biography</comment>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{country} (the organization&apos;s)</source>
        <translation>{country} (ұйымның елі)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pick an organization from the list</source>
        <translation>тізімнен ұйымды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/pickers.py" line="+250"/>
        <source>Type a name to search</source>
        <translation>Іздеу үшін атын теріңіз</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location line="-225"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/preferences_dialog.py" line="+44"/>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>System default</source>
        <translation>Жүйелік әдепкі</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <comment>colour scheme</comment>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>colour scheme</comment>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour scheme</source>
        <translation>Түс схемасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>Т&amp;үстер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the language redraws the window at once. The event, the view and the window&apos;s place are kept; the undo history is cleared.</source>
        <translation>Тілді өзгерткенде терезе бірден қайта сызылады. Іс-шара, көрініс және терезенің орны сақталады; болдырмау тарихы тазартылады.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/problems_dialog.py" line="+26"/>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy list</source>
        <translation>Тізімді көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the problems to the clipboard</source>
        <translation>Мәселелерді алмасу буферіне көшіру</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/publish_dialog.py" line="+38"/>
        <source>Publish version</source>
        <comment>window title</comment>
        <translation>Нұсқаны жариялау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the first version of the programme: the agenda as it is now, with its times, rooms, speakers, topics and the order of signing, will be kept so that later changes can be listed against it.</source>
        <translation>Бұл бағдарламаның алғашқы нұсқасы: күн тәртібі қазіргі күйінде — уақыты, залдары, баяндамашылары, тақырыптары және қол қою ретімен — сақталады, кейінгі өзгерістер осымен салыстырылып көрсетіледі.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) since {version}.</source>
        <translation>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс.</numerusform>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Nothing has changed since {version}: there is nothing to publish.</source>
        <translation>{version} нұсқасынан бері ештеңе өзгерген жоқ: жариялайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Name of the version</source>
        <translation>Нұсқаның атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To whom it goes, and why (optional)</source>
        <translation>Кімге және не үшін жіберіледі (міндетті емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <comment>of a version</comment>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <comment>button: publish the version</comment>
        <translation>Жариялау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Published {version}</source>
        <translation>{version} жарияланды</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../desktop_app/ui/publishing.py" line="+68"/>
        <source>Changes since the last published version: open the published versions</source>
        <extracomment>Milliseconds between a change and the count it triggers. (event key, UnpublishedChanges) once counted.</extracomment>
        <translation>Соңғы жарияланған нұсқадан кейінгі өзгерістер: жарияланған нұсқаларды ашу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not published yet</source>
        <translation>Әлі жарияланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Publish version… keeps the programme as it is, to list the changes made after it</source>
        <translation>Файл › Нұсқаны жариялау… бағдарламаны қазіргі күйінде сақтайды, кейінгі өзгерістерді тізуге болады</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) since {version}</source>
        <translation>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс</numerusform>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the published versions to see the changes</source>
        <translation>Өзгерістерді көру үшін жарияланған нұсқаларды ашыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As published in {version}</source>
        <translation>{version} нұсқасында жарияланғандай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme has not changed since {version}</source>
        <translation>{version} нұсқасынан бері бағдарлама өзгерген жоқ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_standard_strings.py" line="+148"/>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Жетек</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location line="-84"/>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>Бір қадам ж&amp;оғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Бір қадам тө&amp;мен</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+30"/>
        <source>Look in:</source>
        <extracomment>The non-native QFileDialog (used where the platform has no native dialog, and in the offscreen tests) and the file system model behind its list.</extracomment>
        <translation>Қайда қарау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Файлдар түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>А&amp;шу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>Таң&amp;дау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Қалайша сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Буманы табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ата-ана бумасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Ата-ана бумасына өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Жаңа &amp;бума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Атын өзге&amp;рту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Тізім көрінісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісі режиміне ауысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Толық көрініс режиміне ауысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Жуырдағы орындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бар болып тұр.
Оны алмастыру керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Берілген файл атының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Берілген бума атының дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» өшіру керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Буманы өшіру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="-61"/>
        <source>Enter a value:</source>
        <translation>Мәнді енгізіңіз:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-36"/>
        <source>&amp;Undo</source>
        <extracomment>The context menus of QLineEdit (also inside spin boxes and combo boxes) and of QTextEdit/QPlainTextEdit/QLabel with selectable text.</extracomment>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+27"/>
        <source>Show Details...</source>
        <translation>Толық ақпаратты көрсету...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Толық ақпаратты жасыру...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-57"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Б&amp;арлығына иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Үзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Бастапқы күйге келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Бастапқы күйді қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location line="+6"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;бос&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="-4"/>
        <source>Undo %1</source>
        <translation>%1 болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>%1 қайталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Қиып а&amp;лу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме о&amp;рналасуын көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <extracomment>QWizard&apos;s buttons (all styles), QMessageBox&apos;s details button, QProgressDialog.</extracomment>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_app/ui/views/record_list.py" line="+134"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agenda_model.py" line="+34"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+28"/>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="+4"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="-7"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-56"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Signatories</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readiness</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-4"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="-5"/>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-3"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-4"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precedence</source>
        <translation>Протоколдық басымдық</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/register_commands.py" line="+65"/>
        <source>Renew {reference}</source>
        <translation>{reference} келісімін ұзарту</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Terminate {reference}</source>
        <translation>{reference} келісімін бұзу</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Attach &quot;{name}&quot; to {reference}</source>
        <translation>&quot;{name}&quot; файлын {reference} келісіміне тіркеу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove &quot;{name}&quot;</source>
        <translation>&quot;{name}&quot; файлын алып тастау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add an activity to {reference}</source>
        <translation>{reference} келісіміне қызмет қосу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit an activity of {reference}</source>
        <translation>{reference} бойынша қызметті өңдеу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete an activity of {reference}</source>
        <translation>{reference} бойынша қызметті жою</translation>
    </message>
</context>
<context>
    <name>RegisterDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_details.py" line="+93"/>
        <source>Chain of renewals</source>
        <extracomment>A file or an activity of the shown agreement changed (the view reloads).</extracomment>
        <translation>Ұзартулар тізбегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files here to attach them; double-click opens one</source>
        <translation>Тіркеу үшін файлдарды осында сүйреп әкеліңіз; екі рет басу файлды ашады</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Attach a file</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attached file</source>
        <translation>Тіркелген файлды ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the attached file</source>
        <translation>Тіркелген файлды алып тастау</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record an activity</source>
        <translation>Қызметті тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity</source>
        <translation>Қызметті жою</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No agreement selected</source>
        <translation>Келісім таңдалмаған</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event: {event}</source>
        <translation>Іс-шара: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Күйі: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until {date}</source>
        <translation>{date} дейін күшінде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days left: {days}</source>
        <translation>Қалған күндер: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>{date} бұзылды: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renewals: {chain}</source>
        <translation>Ұзартулар: {chain}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {date}{by}
SHA-256 {digest}</source>
        <translation>Тіркелген күні: {date}{by}
SHA-256 {digest}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s bytes are not in this database</source>
        <translation>Файлдың өзі осы деректер қорында жоқ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attached to {reference} — Undo removes it</source>
        <translation>{reference} келісіміне тіркелді — Болдырмау оны алып тастайды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {reference}</source>
        <translation>{reference} келісіміне файлдар тіркеу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the attached file</source>
        <translation>Тіркелген файлды сақтау</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed &quot;{name}&quot; — Undo puts it back</source>
        <translation>&quot;{name}&quot; алып тасталды — Болдырмау оны қайтарады</translation>
    </message>
</context>
<context>
    <name>RegisterDrops</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_drops.py" line="+55"/>
        <source>{size} B</source>
        <translation>{size} Б</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_filters.py" line="+34"/>
        <source>Filter by reference, title or party…</source>
        <extracomment>A filter of the rows changed (not the text, which ``text_changed`` carries). The notice period changed (it is saved): the lifecycles must be evaluated again.</extracomment>
        <translation>Нөмірі, атауы немесе тарап бойынша сүзгі…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the register</source>
        <translation>Тізілімді сүзу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner country</source>
        <translation>Серіктес ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Мерзімі аяқталады:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expiring within how many days</source>
        <translation>Неше күн ішінде мерзімі аяқталады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notice </source>
        <translation>ескерту </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agreement is expiring, and its renewal due, this many days before it ends</source>
        <translation>Келісім аяқталуына осынша күн қалғанда мерзімі аяқталуда деп саналады және оны ұзарту уақыты келеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice period</source>
        <translation>Ескерту мерзімі</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All events</source>
        <translation>Барлық іс-шаралар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dormant</source>
        <comment>no activity in its first year</comment>
        <translation>Әрекетсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All organizations</source>
        <translation>Барлық ұйымдар</translation>
    </message>
</context>
<context>
    <name>RegisterOutputs</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_outputs.py" line="+29"/>
        <source>Export the register…</source>
        <translation>Тізілімді экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export renewal reminders…</source>
        <translation>Ұзарту туралы еске салғыштарды экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the partnership report…</source>
        <translation>Серіктестік туралы есепті басып шығару…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the register</source>
        <translation>Тізілімді экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel кітабы (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export renewal reminders</source>
        <translation>Ұзарту туралы еске салғыштарды экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partnership report</source>
        <translation>Серіктестік туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the partnership report</source>
        <translation>Серіктестік туралы есепті басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote {file}</source>
        <translation>{file} жазылды</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/register_model.py" line="+62"/>
        <source>dormant</source>
        <comment>no activity in its first year</comment>
        <extracomment>The order a lifecycle sorts in: what needs attention first.</extracomment>
        <translation>әрекетсіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal {reference} in preparation</source>
        <translation>{reference} ұзартуы дайындалуда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renewed by {reference}</source>
        <translation>{reference} арқылы ұзартылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renews {reference}</source>
        <translation>{reference} келісімін ұзартады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No expiry date is recorded: check the signed text.</source>
        <translation>Аяқталу күні жазылмаған: қол қойылған мәтінді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on {date}</source>
        <translation>{date} аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>{date} бұзылды: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Күші аяқталатын күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_view.py" line="+71"/>
        <source>Register</source>
        <extracomment>What ``show_record(&quot;register&quot;, …)`` takes: ``expiring:DAYS``.</extracomment>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Agreements register</source>
        <translation>Келісімдер тізілімі</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a file on an agreement to attach it</source>
        <translation>Файлды тіркеу үшін оны келісімнің үстіне сүйреп әкеліңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew…</source>
        <translation>Ұзарту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a successor with the same parties</source>
        <translation>Сол тараптармен жаңа келісімнің жобасын жасау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate…</source>
        <translation>Бұзу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in its event</source>
        <translation>Өз іс-шарасында ашу</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Agreements: {total}</source>
        <translation>Келісімдер: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements: {shown} of {total}</source>
        <translation>Келісімдер: {total} ішінен {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · expiring: {expiring}</source>
        <translation>{count} · мерзімі аяқталатын: {expiring}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Drafted {successor}, renewing {reference} — Undo removes it</source>
        <translation>{reference} келісімін ұзартатын {successor} жобасы жасалды — Болдырмау оны алып тастайды</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attached to {reference}: {files} — Undo removes them</source>
        <translation>{reference} келісіміне тіркелді: {files} — Болдырмау оларды алып тастайды</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/renew_dialog.py" line="+25"/>
        <source>Renew {reference}</source>
        <translation>{reference} келісімін ұзарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft successor with the same parties is added, linked to &lt;b&gt;{reference}&lt;/b&gt;; it is prepared and signed like any agreement.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; келісіміне байланған, сол тараптармен жаңа келісім жобасы қосылады; ол кез келген келісім сияқты дайындалып, қол қойылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference of the successor</source>
        <translation>Жаңа келісімнің нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event of the signing</source>
        <translation>Қол қойылатын іс-шара</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to be set</source>
        <translation>кейін белгіленеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be signed at:</source>
        <translation>Қол қойылатын жері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Күшінде:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew</source>
        <translation>Ұзарту</translation>
    </message>
</context>
<context>
    <name>SeatingChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/seating_chart.py" line="+86"/>
        <source>Seating chart</source>
        <extracomment>The chart is never drawn larger than this many times its natural size when fitted.</extracomment>
        <translation>Отырғызу сызбасы</translation>
    </message>
</context>
<context>
    <name>SeatingCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/seating_commands.py" line="+135"/>
        <source>Place by rule at {table}</source>
        <comment>undo command; table: “the main table” or an agenda item&apos;s title</comment>
        <extracomment>The change itself, given the version the view showed (None: no plan of its own). Told of every stored step: the plan as stored now (None: deleted).</extracomment>
        <translation>Ереже бойынша отырғызу: {table}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seat {name} at seat {seat}</source>
        <comment>undo command</comment>
        <translation>{name} — {seat}-орынға</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Swap seats {first} and {second}</source>
        <comment>undo command</comment>
        <translation>{first} және {second} орындарын ауыстыру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unseat {name}</source>
        <comment>undo command</comment>
        <translation>Орнынан алу: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock seat {seat}</source>
        <comment>undo command</comment>
        <translation>{seat}-орынды бекіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock seat {seat}</source>
        <comment>undo command</comment>
        <translation>{seat}-орынның бекітуін алу</translation>
    </message>
</context>
<context>
    <name>SeatingSidePanel</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_panel.py" line="+78"/>
        <location line="+2"/>
        <location line="+24"/>
        <source>Unseated participants</source>
        <extracomment>Enter on a person: pick them up to seat with the keyboard (person key, name). A conflict was chosen: the first seat it names (0: none).</extracomment>
        <translation>Орны жоқ қатысушылар</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Drag a person onto a seat, or press Enter and choose the seat with the arrow keys. Drop a seat&apos;s person here to unseat them.</source>
        <translation>Адамды орынға сүйреңіз немесе Enter басып, орынды көрсеткі пернелерімен таңдаңыз. Адамды орнынан алу үшін оны осында тастаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Seating conflicts</source>
        <translation>Отырғызу қайшылықтары</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unseated participants ({count})</source>
        <translation>Орны жоқ қатысушылар ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts ({count})</source>
        <translation>Қайшылықтар ({count})</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_texts.py" line="+31"/>
        <source>Round table</source>
        <extracomment>(layout kind, its name) in the order of the layout combo.</extracomment>
        <translation>Дөңгелек үстел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangular table</source>
        <translation>Тікбұрышты үстел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>П тәрізді үстел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>Президиум үстелі мен қатарлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing table</source>
        <translation>Қол қою үстелі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By precedence</source>
        <extracomment>The fewest seats of each kind (``domain.seating_layouts``). (rule, its name, what it does) in the order of the rule combo.</extracomment>
        <translation>Протоколдық басымдық бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host at the seat of honour, the guest of honour at the host&apos;s right, then alternating right and left by rank</source>
        <translation>Қабылдаушы тарап басшысы құрметті орында, құрметті қонақ оның оң жағында, одан әрі дәрежесі бойынша кезек-кезек оң және сол жақта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facing delegations</source>
        <translation>Делегациялар қарама-қарсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a bilateral meeting: the host delegation on one side, the guests opposite, the two heads facing each other</source>
        <translation>Екіжақты кездесу үшін: қабылдаушы тарап делегациясы бір жақта, қонақтар қарсы жақта, екі басшы бір-біріне қарама-қарсы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alphabetical by country</source>
        <translation>Елдер бойынша әліпби ретімен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country name in the event&apos;s first language, then by name, the host at the seat of honour</source>
        <translation>Ел атауы бойынша (іс-шараның бірінші тілінде), содан кейін аты-жөні бойынша; қабылдаушы тарап басшысы құрметті орында</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>seat of honour</source>
        <translation>құрметті орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s right</source>
        <translation>қабылдаушы тарап басшысының оң жағында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s left</source>
        <translation>қабылдаушы тарап басшысының сол жағында</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {row}, next to the centre on the host&apos;s right</source>
        <translation>{row}-қатар, ортаның қасында, оң жақта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}, next to the centre on the host&apos;s left</source>
        <translation>{row}-қатар, ортаның қасында, сол жақта</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s right</source>
        <translation>
            <numerusform>{row}-қатар, ортадан оңға қарай %n-орын</numerusform>
            <numerusform>{row}-қатар, ортадан оңға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s left</source>
        <translation>
            <numerusform>{row}-қатар, ортадан солға қарай %n-орын</numerusform>
            <numerusform>{row}-қатар, ортадан солға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n seats right of the seat facing the host</source>
        <translation>
            <numerusform>қабылдаушы тарап басшысына қарама-қарсы орыннан оңға қарай %n-орын</numerusform>
            <numerusform>қабылдаушы тарап басшысына қарама-қарсы орыннан оңға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats left of the seat facing the host</source>
        <translation>
            <numerusform>қабылдаушы тарап басшысына қарама-қарсы орыннан солға қарай %n-орын</numerusform>
            <numerusform>қабылдаушы тарап басшысына қарама-қарсы орыннан солға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s right</source>
        <translation>
            <numerusform>қабылдаушы тарап басшысынан оңға қарай %n-орын</numerusform>
            <numerusform>қабылдаушы тарап басшысынан оңға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s left</source>
        <translation>
            <numerusform>қабылдаушы тарап басшысынан солға қарай %n-орын</numerusform>
            <numerusform>қабылдаушы тарап басшысынан солға қарай %n-орын</numerusform>
        </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>facing the host</source>
        <translation>қабылдаушы тарап басшысына қарама-қарсы</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>{layout}: %n seat(s), {rows} × {columns} in rows</source>
        <translation>
            <numerusform>{layout}: %n орын, қатарларда {rows} × {columns}</numerusform>
            <numerusform>{layout}: %n орын, қатарларда {rows} × {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{layout}: %n seat(s)</source>
        <translation>
            <numerusform>{layout}: %n орын</numerusform>
            <numerusform>{layout}: %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>right of the seat facing the host</source>
        <translation>қабылдаушы тарап басшысына қарама-қарсы орынның оң жағында</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left of the seat facing the host</source>
        <translation>қабылдаушы тарап басшысына қарама-қарсы орынның сол жағында</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {row}, centre</source>
        <translation>{row}-қатар, ортасы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>moved by hand</source>
        <translation>қолмен ауыстырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>locked</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+27"/>
        <source>Seat {number}</source>
        <translation>{number}-орын</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Why here: {reason}</source>
        <translation>Неге осында: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty seat</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: placing by rule keeps this seat as it is</source>
        <translation>Бекітілген: ереже бойынша отырғызу бұл орынды өзгертпейді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag behind: {country}</source>
        <translation>Артындағы жалау: {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>why here: {reason}</source>
        <translation>неге осында: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flag of {country}, {position} from the audience&apos;s left</source>
        <translation>{country} жалауы, залдан қарағанда солдан {position}-орында</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Place by rule seats everyone again at {layout}, {rule}; locked seats stay.</source>
        <translation>«Ережемен отырғызу» барлығын қайта орналастырады: {layout}, {rule}; бекітілген орындар қалады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose more seats or another layout.</source>
        <translation>Көбірек орын немесе басқа орналасу таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table} uses the main table&apos;s plan until it has its own. Shown: the plan the rule would make for it; Place by rule stores it.</source>
        <translation>{table} өз жоспары болғанша негізгі үстелдің жоспарын пайдаланады. Көрсетілгені — ереже жасайтын жоспар; «Ережемен отырғызу» оны сақтайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not stored yet: shown is the plan the rule would make. Place by rule stores it; then drag people to adjust.</source>
        <translation>Әлі сақталмаған: ереже жасайтын жоспар көрсетілген. «Ережемен отырғызу» оны сақтайды; содан кейін адамдарды сүйреп түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_view.py" line="+76"/>
        <source>Seating</source>
        <extracomment>The ``navigate`` kind that opens this view: ``(&quot;seating&quot;, ITEM)``, ITEM an agenda item&apos;s key or ``main`` (the main table), as the Overview&apos;s seating warnings say. After the layout or rule is changed, the preview waits this long for more typing.</extracomment>
        <translation>Отырғызу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag people between seats, or from the list · Enter picks up and puts down · Delete unseats · Ctrl+L locks a seat</source>
        <extracomment>The table whose plan last set the layout and rule controls.</extracomment>
        <translation>Адамдарды орындар арасында немесе тізімнен сүйреңіз · Enter алады және қояды · Delete орнынан алады · Ctrl+L орынды бекітеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview / Print…</source>
        <translation>Алдын ала қарау / Басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the seating chart of this table in Documents, to preview, save or print it</source>
        <translation>Осы үстелдің отырғызу сызбасын Құжаттарда ашу: алдын ала қарау, сақтау немесе басып шығару үшін</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the main table</source>
        <translation>Негізгі үстелді көрсету</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>★ seat of honour · padlock: locked · red ring: a conflict · dashed: a preview, not stored</source>
        <translation>★ құрметті орын · құлып: бекітілген · қызыл шеңбер: қайшылық · үзік сызық: алдын ала қарау, сақталмаған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table:</source>
        <translation>Үстел:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Main table</source>
        <translation>Негізгі үстел</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Seats taken: {taken} of {seats}</source>
        <translation>Толған орындар: {taken} / {seats}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the main table</source>
        <translation>негізгі үстел</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(preview)</source>
        <translation>(алдын ала қарау)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audience</source>
        <translation>зал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone has a seat. Drop a seat&apos;s person here to unseat them.</source>
        <translation>Барлығының орны бар. Адамды орнынан алу үшін оны осында тастаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has a seat in this preview.</source>
        <translation>Бұл алдын ала қарауда барлығының орны бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>Қайшылық жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n бекітілген</numerusform>
            <numerusform>%n бекітілген</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Carrying {name}: choose a seat with the arrow keys and press Enter; Escape puts them back.</source>
        <translation>{name} алынды: көрсеткі пернелерімен орын таңдап, Enter басыңыз; Escape орнына қайтарады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point at a seat to see who sits there and why.</source>
        <translation>Кім және неге отырғанын көру үшін орынды нұсқаңыз.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Place by rule first: this table has no plan of its own yet.</source>
        <translation>Алдымен ереже бойынша отырғызыңыз: бұл үстелдің әлі өз жоспары жоқ.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unlock seat {number}</source>
        <translation>{number}-орынның бекітуін алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock seat {number}</source>
        <translation>{number}-орынды бекіту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick up {name}</source>
        <translation>Алу: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unseat {name}</source>
        <translation>Орнынан алу: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_print.py" line="+82"/>
        <source>This version of Roundtable cannot print a seating chart yet.</source>
        <extracomment>The ``show_record`` kind that asks the Documents view for a document. The document kind of the seating chart (``print seating``), and its ``item`` for the main table. The last chart made (for tests), and how a chart is opened (the PDF viewer).</extracomment>
        <translation>Roundtable-дың бұл нұсқасы отырғызу сызбасын әлі басып шығара алмайды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the seating chart…</source>
        <translation>Отырғызу сызбасы дайындалуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The seating chart is open in your PDF viewer, to preview and print.</source>
        <translation>Отырғызу сызбасы PDF қарау бағдарламасында ашылды: алдын ала қарау және басып шығару үшін.</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signed_dialog.py" line="+38"/>
        <source>Mark {reference} signed</source>
        <translation>{reference} қол қойылды деп белгілеу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time of signing</source>
        <translation>Қол қою уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{timezone} (the event&apos;s time zone)</source>
        <translation>{timezone} (іс-шараның уақыт белдеуі)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <comment>button: use the current time</comment>
        <translation>Қазір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned slot</source>
        <translation>Жоспарланған уақыт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} in the ceremony plan</source>
        <translation>Рәсім жоспарында {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is not in a signing ceremony</source>
        <translation>Келісім қол қою рәсіміне енгізілмеген</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed at:</source>
        <translation>Қол қойылған уақыты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark signed</source>
        <translation>Қол қойылды деп белгілеу</translation>
    </message>
</context>
<context>
    <name>SigningChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/signing_choice.py" line="+37"/>
        <source>Sign with…</source>
        <extracomment>Where the chosen key file&apos;s path is remembered (never its passphrase).</extracomment>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the document</source>
        <translation>Құжатқа қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a digital signature with a key file (.p12); the passphrase is asked each time and never stored</source>
        <translation>Кілт файлымен (.p12) цифрлық қолтаңба қосу; құпия сөз әр жолы сұралады және ешқашан сақталмайды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key…</source>
        <translation>Кілт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Кілт файлын таңдау</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no key chosen</source>
        <translation>кілт таңдалмаған</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the signing key</source>
        <translation>Қолтаңба кілтін таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for &quot;{file}&quot;:</source>
        <translation>&quot;{file}&quot; құпия сөзі:</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/status_strip.py" line="+32"/>
        <source>Agreements by status</source>
        <translation>Мәртебесі бойынша келісімдер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {status}</source>
        <comment>a number of agreements and their status, e.g. 3 signed</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>no agreements</comment>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <location filename="../../desktop_app/ui/storage_dialogs.py" line="+36"/>
        <source>Backups of a shared server database are made on the server (pg_dump)</source>
        <translation>Ортақ сервердегі деректер қорының сақтық көшірмелері серверде жасалады (pg_dump)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up</source>
        <comment>window title</comment>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Сақтық көшірме {file} файлына жасалды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <comment>window title</comment>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Roundtable databases (*.sqlite *.db *.bak)</source>
        <translation>Roundtable деректер қорлары (*.sqlite *.db *.bak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the current database with
{file}?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ағымдағы деректер қорын
{file}
файлымен ауыстыру керек пе?

Алдымен ағымдағы деректер қорының сақтық көшірмесі жасалады, сондықтан сол көшірмеден қалпына келтіріп, бұл әрекетті болдырмауға болады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>{backup} қалпына келтірілді. Алдыңғы деректер қоры {kept} ретінде сақталды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {backup}.</source>
        <translation>{backup} қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <location line="+14"/>
        <source>Roundtable cannot open the database</source>
        <translation>Roundtable деректер қорын аша алмайды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup is {backup} ({folder}). Restore it? The current file is kept.</source>
        <translation>Соңғы сақтық көшірме: {backup} ({folder}). Оны қалпына келтіру керек пе? Ағымдағы файл сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the latest backup</source>
        <translation>Соңғы сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <comment>button: close the app</comment>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore failed</source>
        <translation>Қалпына келтіру сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>TableChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/document_tables.py" line="+29"/>
        <source>Table</source>
        <translation>Үстел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seating chart, flag sheet and place cards of one table, or of every table</source>
        <translation>Бір үстелдің немесе барлық үстелдердің отырғызу сызбасы, жалау парағы және үстел карталары</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Every table</source>
        <translation>Барлық үстелдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main table</source>
        <translation>Негізгі үстел</translation>
    </message>
</context>
<context>
    <name>TableCombo</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+81"/>
        <source>Table</source>
        <translation>Үстел</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main table</source>
        <translation>Негізгі үстел</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has a seating plan of its own</source>
        <translation>Өз отырғызу жоспары бар</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/table_import_wizard.py" line="+75"/>
        <source>People</source>
        <extracomment>What a spreadsheet can hold; translated when the combo is filled.</extracomment>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from a spreadsheet</source>
        <translation>Электрондық кестеден импорттау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheet file</source>
        <translation>Электрондық кесте файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .xlsx or .csv file with a header row</source>
        <translation>Тақырып жолы бар .xlsx немесе .csv файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>Файлдағы деректер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <comment>button: check the file first</comment>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds:</source>
        <comment>what kind of records the file contains</comment>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <comment>spreadsheet column letter</comment>
        <translation>Баған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Файлдағы тақырып</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Imported as</source>
        <translation>Импорттау өрісі</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Organizations not in the event</source>
        <translation>Іс-шарада жоқ ұйымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization in the file</source>
        <translation>Файлдағы ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <comment>of a new organization</comment>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <comment>tab: the column mapping</comment>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organizations</source>
        <comment>tab: organizations of the file the event does not have</comment>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file and what it holds, then Preview.</source>
        <translation>Файлды және оның мазмұнын таңдап, «Алдын ала қарау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of the preview</source>
        <translation>Алдын ала қарау барысы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <comment>button: stop reading the file</comment>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the preview</source>
        <translation>Алдын ала қарауды тоқтату</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <comment>button: store the rows</comment>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheet to import</source>
        <translation>Импортталатын электрондық кесте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Электрондық кестелер (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in {language} ({field})</source>
        <translation>{language} тіліндегі атауы ({field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The preview was stopped; nothing was imported. Preview again to read the whole file.</source>
        <translation>Алдын ала қарау тоқтатылды; ештеңе импортталмады. Бүкіл файлды оқу үшін алдын ала қарауды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Column {letter} imported as</source>
        <translation>{letter} бағаны мына өріс ретінде импортталады</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} imported as</source>
        <translation>{name} қалай импортталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <comment>what an unknown organization becomes</comment>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match to {name}</source>
        <translation>{name} ұйымымен сәйкестендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new organization</source>
        <translation>Жаңа ұйым жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the organization empty</source>
        <translation>Ұйымды бос қалдыру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of the new organization {name}</source>
        <translation>Жаңа {name} ұйымының елі</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Organizations (%n)</source>
        <comment>tab title: organizations of the file the event lacks</comment>
        <translation>
            <numerusform>Ұйымдар (%n)</numerusform>
            <numerusform>Ұйымдар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Problems (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Мәселелер (%n)</numerusform>
            <numerusform>Мәселелер (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Өзгерістер (%n)</numerusform>
            <numerusform>Өзгерістер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>Болдырмау (Ctrl+Z) бүкіл импортты бір қадаммен кері қайтарады.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) to fix first; nothing will be imported until the file or the mapping is right.</source>
        <translation>
            <numerusform>Алдымен түзетілетін %n мәселе бар; файл немесе сәйкестендіру дұрыс болмайынша ештеңе импортталмайды.</numerusform>
            <numerusform>Алдымен түзетілетін %n мәселе бар; файл немесе сәйкестендіру дұрыс болмайынша ештеңе импортталмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n дұрыс жолды</numerusform>
            <numerusform>%n дұрыс жолды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n қате жолды</numerusform>
            <numerusform>%n қате жолды</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import {good}, skip {bad}</source>
        <translation>{good} импорттау, {bad} өткізіп жіберу</translation>
    </message>
    <message numerus="yes">
        <location line="-183"/>
        <source>Reading the file: %n row(s)</source>
        <translation>
            <numerusform>Файл оқылуда: %n жол</numerusform>
            <numerusform>Файл оқылуда: %n жол</numerusform>
        </translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Imported {file}: {summary}</source>
        <translation>{file} импортталды: {summary}</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/terminate_dialog.py" line="+26"/>
        <source>Terminate {reference}</source>
        <translation>{reference} келісімін бұзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reference}&lt;/b&gt; ends on the day chosen; the register then shows it as terminated. Undo takes the decision back.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; таңдалған күні аяқталады; содан кейін тізілім оны бұзылған деп көрсетеді. Болдырмау бұл шешімді кері қайтарады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day it ends</source>
        <translation>Аяқталатын күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the programme was closed by both parties</source>
        <translation>мысалы, бағдарламаны екі тарап та жапты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on:</source>
        <translation>Аяқталады:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminate</source>
        <translation>Бұзу</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/time_field.py" line="+54"/>
        <source>Type 1030, 10:30 or 9 for 09:00; Up and Down move by 5 minutes</source>
        <translation>1030, 10:30 немесе 09:00 үшін 9 деп жазыңыз; жоғары және төмен бағыттауыштар уақытты 5 минутқа өзгертеді</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline.py" line="+69"/>
        <source>Agenda timeline</source>
        <translation>Күн тәртібінің уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a block to move it; drag its bottom edge to change its end; double-click or Enter to edit; Alt+Up/Down moves the selected item, Alt+Shift+Up/Down its end</source>
        <translation>Блокты жылжыту үшін сүйреңіз; аяқталу уақытын өзгерту үшін төменгі жиегін сүйреңіз; өңдеу үшін екі рет шертіңіз немесе Enter басыңыз; Alt+Up/Down таңдалған тармақты жылжытады, Alt+Shift+Up/Down оның аяқталуын</translation>
    </message>
</context>
<context>
    <name>TranslatedField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/translated_field.py" line="+58"/>
        <source>not translated: the {language} text is used</source>
        <comment>placeholder of an empty translation field</comment>
        <translation>аударма жоқ: негізгі мәтін қолданылады ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type the {language} text first</source>
        <comment>placeholder of a translation field while the main text is empty</comment>
        <translation>алдымен негізгі мәтінді жазыңыз ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} in {language}</source>
        <comment>screen reader name of a translation field: Title in Azerbaijani</comment>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Translations</source>
        <comment>button showing a text&apos;s other languages</comment>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the text in the event&apos;s other languages</source>
        <translation>Мәтінді іс-шараның басқа тілдерінде көрсету немесе жасыру</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/translation_commands.py" line="+82"/>
        <source>Translate {text}</source>
        <comment>undo command; text: which text and language, e.g. “Title of Panel discussion” (Kazakh)</comment>
        <translation>Аудару: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="-296"/>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{language}: {count} missing</source>
        <extracomment>A language and how many texts have no translation into it.</extracomment>
        <translation>{language}: {count} аударма жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the texts without a {language} translation</source>
        <translation>Аудармасы жоқ мәтіндерді ашу ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: all translated</source>
        <translation>{language}: барлығы аударылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the translations</source>
        <translation>Аудармаларды ашу</translation>
    </message>
</context>
<context>
    <name>TranslationsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/translations_model.py" line="+56"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Күн тәртібінің тармағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room name</source>
        <translation>Залдың атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>Өтетін орнының мекенжайы</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{language} (default)</source>
        <comment>the column of the event&apos;s first language: its texts are the default ones</comment>
        <translation>{language} (негізгі)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default texts, as typed in the forms. Double-click a person, an agenda item or an agreement to open it.</source>
        <translation>Негізгі мәтіндер, пішіндерде терілгендей. Тұлғаны, күн тәртібінің тармағын немесе келісімді ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No {language} text yet: type it here</source>
        <translation>Мәтін әлі жоқ ({language}): осында теріңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topic {number}</source>
        <translation>Тақырып {number}</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
</context>
<context>
    <name>TranslationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/translations_view.py" line="+79"/>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show texts</source>
        <translation>Көрсетілетін мәтіндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every text, or only those still missing a translation</source>
        <translation>Барлық мәтінді немесе әлі аудармасы жоқтарын ғана көрсету</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter texts — any spelling, any script</source>
        <translation>Мәтіндерді сүзу — кез келген жазылуы, кез келген жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter texts</source>
        <translation>Мәтіндерді сүзу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next missing</source>
        <translation>Келесі аударылмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next missing translation</source>
        <translation>Келесі жоқ аудармаға өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next missing translation ({key}); {back_key} goes back</source>
        <translation>Келесі жоқ аудармаға өту ({key}); {back_key} — кері</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Texts and their translations</source>
        <translation>Мәтіндер және олардың аудармалары</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All texts</source>
        <translation>Барлық мәтіндер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing a translation</source>
        <translation>Аудармасы жоқтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in {language}</source>
        <translation>Аудармасы жоқ: {language}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Texts: {count} · missing translations: {missing}</source>
        <translation>Мәтіндер: {count} · жоқ аудармалар: {missing}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts: {shown} of {count} · missing translations: {missing}</source>
        <translation>Мәтіндер: {shown} / {count} · жоқ аудармалар: {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has one language. Add another in the event details to translate its texts.</source>
        <translation>Іс-шараның бір ғана тілі бар. Мәтіндерін аудару үшін іс-шара деректерінде басқа тіл қосыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in a highlighted cell, then press Enter or Tab: the text is stored and the next missing one opens.</source>
        <translation>Белгіленген ұяшыққа теріп, Enter немесе Tab басыңыз: мәтін сақталады және келесі жоқ аударма ашылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every text is translated into every language of the event.</source>
        <translation>Барлық мәтін іс-шараның барлық тіліне аударылған.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has no texts to translate yet.</source>
        <translation>Іс-шарада әлі аударатын мәтін жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text matches “{filter}”.</source>
        <translation>«{filter}» сүзгісіне сәйкес мәтін жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing: every text is translated.</source>
        <translation>Ештеңе жетіспейді: барлық мәтін аударылған.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every text is translated.</source>
        <translation>Барлық мәтін аударылған.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} of “{record}” ({language})</source>
        <translation>«{record}»: {field} ({language})</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../desktop_app/ui/context.py" line="+75"/>
        <source>Updated with changes made elsewhere</source>
        <translation>Басқа жерде енгізілген өзгерістермен жаңартылды</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/verify_dialog.py" line="+42"/>
        <source>Certificate code</source>
        <extracomment>The checks by the names the service gives them.</extracomment>
        <translation>Куәлік коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached signed copy</source>
        <translation>Тіркелген қол қойылған көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Цифрлық қолтаңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification codes in the file</source>
        <translation>Файлдағы тексеру кодтары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not apply</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+101"/>
        <source>Verify a certificate</source>
        <translation>Куәлікті тексеру</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>none: the signer is not checked</source>
        <translation>жоқ: қол қоюшы тексерілмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust a certificate…</source>
        <translation>Сертификатқа сену…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate (.pem or .cer) as its owner handed it to you</source>
        <translation>Қол қоюшының сертификаты (.pem немесе .cer), иесі сізге берген күйінде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted signer:</source>
        <translation>Сенімді қол қоюшы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted certificate</source>
        <translation>Сенімді сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file could not be checked.</source>
        <translation>Файлды тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verified: {summary}</source>
        <translation>Расталды: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: {summary}</source>
        <translation>Расталмады: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no check applies to this file</source>
        <translation>бұл файлға бірде-бір тексеру қолданылмайды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF файлдары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/versions_dialog.py" line="+49"/>
        <source>Published versions</source>
        <comment>window title</comment>
        <translation>Жарияланған нұсқалар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published versions</source>
        <translation>Жарияланған нұсқалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Күн тәртібінің тармағы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the selected version</source>
        <translation>Таңдалған нұсқадан кейінгі өзгерістер</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Publish version…</source>
        <translation>Нұсқаны жариялау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print change notice…</source>
        <translation>Өзгерістер туралы хабарламаны басып шығару…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) since {version}:</source>
        <translation>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс:</numerusform>
            <numerusform>{version} нұсқасынан кейін %n өзгеріс:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No version has been published yet. Publish one to list the changes made after it and to print them as a notice.</source>
        <translation>Әлі бірде-бір нұсқа жарияланбаған. Кейінгі өзгерістерді тізіп, хабарлама ретінде басып шығару үшін нұсқаны жариялаңыз.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No changes since {version}.</source>
        <translation>{version} нұсқасынан кейін өзгеріс жоқ.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print the change notice to</source>
        <translation>Өзгерістер туралы хабарламаны басып шығаратын файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the change notice to {file}</source>
        <translation>Өзгерістер туралы хабарлама {file} файлына сақталды</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/welcome_page.py" line="+17"/>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome to Roundtable</source>
        <translation>Roundtable-ға қош келдіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a round table from one place: the programme, the speakers and panels, the agreements and their signing ceremony, and every printed document. Start with one of these:</source>
        <translation>Дөңгелек үстелді бір жерден жоспарлаңыз: бағдарлама, баяндамашылар мен панельдік талқылаулар, келісімдер және оларға қол қою рәсімі, сондай-ақ барлық басып шығарылатын құжаттар. Мыналардың бірінен бастаңыз:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new event…</source>
        <translation>Жаңа іс-шара құру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, dates, venue, rooms and languages.</source>
        <translation>Атауы, күндері, өтетін орны, залдар және тілдер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sample event</source>
        <translation>Үлгі іс-шараны ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azerbaijan–Kazakhstan round table at ADA University: 9 agenda items, 40 memoranda.</source>
        <translation>ADA университетіндегі Әзербайжан–Қазақстан дөңгелек үстелі: күн тәртібінің 9 тармағы, 40 меморандум.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an event file…</source>
        <translation>Іс-шара файлын импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Roundtable event file (.json) from a colleague.</source>
        <translation>Әріптестен алынған Roundtable іс-шара файлы (.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {name}</source>
        <translation>Деректер қоры: {name}</translation>
    </message>
</context>
</TS>
