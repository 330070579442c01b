<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>About Roundtable</source>
        <translation>Roundtable haqqında</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roundtable icon</source>
        <translation>Roundtable ikonu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roundtable {version}</source>
        <translation>Roundtable {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan academic and diplomatic round tables: agendas, speakers, panels, agreements and their signing, and every printed document. Works offline.</source>
        <translation>Akademik və diplomatik dəyirmi masaları planlaşdırın: gündəlik, çıxış edənlər, panellər, sazişlər və onların imzalanması, həmçinin bütün çap sənədləri. İnternetsiz işləyir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Built with&lt;/b&gt; (all shipped with this copy):</source>
        <translation>&lt;b&gt;İstifadə olunan komponentlər&lt;/b&gt; (hamısı bu nüsxəyə daxildir):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Lisenziyalar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full licence of every component</source>
        <translation>Hər komponentin lisenziyasının tam mətnini oxuyun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy version information</source>
        <translation>Versiya məlumatını &amp;kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a support request: the version and build</source>
        <translation>Dəstək sorğusu üçün: versiya və yığım</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed from a bundle</source>
        <translation>Paketdən quraşdırılıb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as a Python package</source>
        <translation>Python paketi kimi işləyir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build {commit}, {date}</source>
        <translation>Yığım {commit}, {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped components and their licences</source>
        <translation>Daxil edilmiş komponentlər və onların lisenziyaları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lisenziya</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="+36"/>
        <source>&amp;File</source>
        <extracomment>The shown title of each standard menu; menus are keyed by the English name (&quot;File&quot;), which views use in their ``roundtable_menu`` property.</extracomment>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/activity_dialog.py" line="+29"/>
        <source>Activity of {reference}</source>
        <translation>{reference} üzrə fəaliyyət</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an activity of {reference}</source>
        <translation>{reference} üzrə fəaliyyəti redaktə et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not counted</source>
        <translation>sayılmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Neçə nəfər və ya neçə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From party</source>
        <translation>Göndərən tərəf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To party</source>
        <translation>Qəbul edən tərəf</translation>
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
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. autumn semester exchange</source>
        <translation>məs. payız semestri üzrə mübadilə</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date:</source>
        <translation>Tarix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Növ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many:</source>
        <translation>Sayı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Haradan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Haraya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Təsvir:</translation>
    </message>
</context>
<context>
    <name>AgendaBlock</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_block.py" line="+36"/>
        <location line="+84"/>
        <source>Chair: {name}</source>
        <translation>Sədr: {name}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Speakers: {names}</source>
        <translation>Çıxış edənlər: {names}</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agenda_commands.py" line="+98"/>
        <source>Edit “{title}”</source>
        <comment>undo command: edit an agenda item</comment>
        <translation>“{title}” bəndini redaktə et</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add “{title}”</source>
        <comment>undo command: add an agenda item</comment>
        <translation>“{title}” bəndini əlavə et</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete “{title}”</source>
        <comment>undo command: delete an agenda item</comment>
        <translation>“{title}” bəndini sil</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agenda_item_dialog.py" line="+131"/>
        <source>Edit “{title}”</source>
        <translation>Redaktə: “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agenda item</source>
        <translation>Yeni gündəlik bəndi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Title:</source>
        <comment>of the agenda item</comment>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <comment>kind of agenda item</comment>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;Gün:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start time</source>
        <translation>Başlama vaxtı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Bitmə vaxtı</translation>
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
        <translation>&amp;Vaxt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Room:</source>
        <translation>&amp;Zal:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Speakers:</source>
        <translation>&amp;Çıxış edənlər:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chair</source>
        <comment>a panel without a chair</comment>
        <translation>Sədr yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <comment>the person chairing a panel</comment>
        <translation>&amp;Sədr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <comment>the person chairing a panel</comment>
        <translation>Sədr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speakers</source>
        <comment>tab of the agenda item: speakers (and a panel&apos;s chair)</comment>
        <translation>Çıxış edənlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics</source>
        <comment>tab of the agenda item: a panel&apos;s topics</comment>
        <translation>Mövzular</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <comment>tab of the agenda item</comment>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts if saved</source>
        <translation>Yadda saxlanarsa ziddiyyətlər</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Speakers in order</source>
        <translation>Çıxış edənlər sıra ilə</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person to add as a speaker</source>
        <translation>Məruzəçi kimi əlavə ediləcək şəxs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name to add a speaker…</source>
        <translation>Məruzəçinin adını yazın…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>add a speaker</comment>
        <translation>Ə&amp;lavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker</source>
        <translation>Məruzəçi əlavə et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve</source>
        <comment>remove a speaker</comment>
        <translation>Çı&amp;xar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove speaker</source>
        <translation>Məruzəçini çıxar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by &amp;precedence</source>
        <translation>&amp;Protokol üzrə sırala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol order: precedence 1 first, unranked people last</source>
        <translation>Protokol ardıcıllığı: əvvəlcə 1 nömrəli şəxs, ardıcıllığı olmayan şəxslər sonda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the speaker up</source>
        <translation>Çıxış edəni yuxarı köçür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the speaker down</source>
        <translation>Çıxış edəni aşağı köçür</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>person {number}</source>
        <comment>a person not in the list</comment>
        <translation>şəxs {number}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Panel topics</source>
        <translation>Panel mövzuları</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add topic</source>
        <translation>Mövzu əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topic</source>
        <translation>Yeni mövzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove topic</source>
        <translation>Mövzunu çıxar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the topic up</source>
        <translation>Mövzunu yuxarı köçür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the topic down</source>
        <translation>Mövzunu aşağı köçür</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected topic</source>
        <translation>Seçilmiş mövzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected topic in each language:</source>
        <translation>Seçilmiş mövzu hər dildə:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>is not a time: type 1030, 10:30 or 9 for 09:00</source>
        <translation>vaxt deyil: 1030, 10:30 və ya 09:00 üçün 9 yazın</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be after the start ({time})</source>
        <translation>başlanğıcdan ({time}) sonra olmalıdır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>names nobody in the list: type part of a name and pick a person</source>
        <comment>the chair field</comment>
        <translation>siyahıda belə şəxs yoxdur: adın bir hissəsini yazın və şəxsi seçin</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saved like this, it causes %n conflict(s):</source>
        <translation>
            <numerusform>Belə yadda saxlanarsa, %n ziddiyyət yaranır:</numerusform>
            <numerusform>Belə yadda saxlanarsa, %n ziddiyyət yaranır:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A speaker was not added</source>
        <translation>Məruzəçi əlavə edilmədi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the speaker field but not added. Add {name} as a speaker before saving?</source>
        <translation>«{text}» məruzəçi sahəsinə yazılıb, amma əlavə edilməyib. Yadda saxlamazdan əvvəl {name} məruzəçi kimi əlavə edilsin?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Əlavə et və yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Onsuz yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Formaya qayıt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the speaker field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>Məruzəçi sahəsindəki «{text}» tədbirin heç bir iştirakçısına uyğun gəlmir, ona görə əlavə edilmir. Onsuz yadda saxlansın?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Onsuz yadda saxla</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agenda_view.py" line="+88"/>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Zaman şkalası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <comment>show the agenda as a list</comment>
        <translation>Siyahı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a timeline</source>
        <translation>Gündəliyi zaman şkalası kimi göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a list</source>
        <translation>Gündəliyi siyahı kimi göstər</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the agenda ({shortcut})</source>
        <translation>Gündəlikdə axtar ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, speaker, chair, room or topic, in any case or script</source>
        <translation>Ad, məruzəçi, sədr, zal və ya mövzu — istənilən registrdə və əlifbada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the agenda</source>
        <translation>Gündəlikdə axtar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New item…</source>
        <translation>Yeni bənd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+407"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New agenda item</source>
        <translation>Yeni gündəlik bəndi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit agenda item</source>
        <translation>Gündəlik bəndini redaktə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Delete agenda item</source>
        <translation>Gündəlik bəndini sil</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Drag a block to move it · drag its bottom edge to change the end · double-click to edit · Ctrl+wheel to zoom</source>
        <translation>Bloku köçürmək üçün sürüşdürün · bitmə vaxtını dəyişmək üçün alt kənarını sürüşdürün · redaktə üçün iki dəfə klikləyin · miqyas üçün Ctrl+təkər</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda items</source>
        <translation>Gündəlik bəndləri</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New agenda item…</source>
        <translation>Yeni gündəlik bəndi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate agenda item</source>
        <translation>Gündəlik bəndinin surətini çıxar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy of the item right after it</source>
        <translation>Bəndin surəti dərhal ondan sonra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate day…</source>
        <translation>Günün surətini çıxar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy every item of this day to another day of the event</source>
        <translation>Bu günün bütün bəndlərini tədbirin başqa gününə köçür</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n item(s)</source>
        <comment>agenda items on a day</comment>
        <translation>
            <numerusform>%n bənd</numerusform>
            <numerusform>%n bənd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Shift %n item(s) by {minutes} min</source>
        <translation>
            <numerusform>%n bəndi {minutes} dəq. sürüşdür</numerusform>
            <numerusform>%n bəndi {minutes} dəq. sürüşdür</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Copied %n item(s) to {day}</source>
        <translation>
            <numerusform>%n bənd {day} gününə köçürüldü</numerusform>
            <numerusform>%n bənd {day} gününə köçürüldü</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Move &quot;{title}&quot; to {time} in {room}</source>
        <translation>&quot;{title}&quot; bəndini köçür: {time}, {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &quot;{title}&quot; to {time}</source>
        <translation>&quot;{title}&quot; bəndini köçür: {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make &quot;{title}&quot; end at {time}</source>
        <translation>&quot;{title}&quot; bəndinin sonunu dəyiş: {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&quot;{title}&quot; and %n more</source>
        <translation>
            <numerusform>&quot;{title}&quot; və daha %n bənd</numerusform>
            <numerusform>&quot;{title}&quot; və daha %n bənd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{title}&quot;</source>
        <translation>&quot;{title}&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{title}&quot; now runs {minutes} min into {names} in {room}.</source>
        <translation>&quot;{title}&quot; indi {names} ilə {minutes} dəq. üst-üstə düşür ({room}).</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No room left in the day after &quot;{title}&quot; for a copy</source>
        <translation>«{title}» bəndindən sonra gündə surət üçün yer qalmayıb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &quot;{title}&quot;</source>
        <translation>«{title}» bəndinin surəti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate day</source>
        <translation>Günün surəti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy every item of {day} to:</source>
        <translation>{day} gününün bütün bəndlərini köçür:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate {day} to {target}</source>
        <translation>{day} gününün surəti {target} gününə</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted &quot;{title}&quot;. Undo brings it back.</source>
        <translation>&quot;{title}&quot; silindi. «Geri qaytar» ilə bərpa edə bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agreement_commands.py" line="+41"/>
        <source>Reopen {reference}</source>
        <extracomment>The undo text of a status change, per new status; translated when the command is made.</extracomment>
        <translation>{reference} sazişini yenidən aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} ready</source>
        <translation>{reference} sazişini hazır kimi qeyd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} signed</source>
        <translation>{reference} sazişini imzalanmış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel {reference}</source>
        <translation>{reference} sazişini ləğv et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the legal review of {reference} done</source>
        <extracomment>The undo text of a readiness tick, per checklist item and direction.</extracomment>
        <translation>{reference}: hüquqi ekspertizanı tamamlanmış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the legal review of {reference} not done</source>
        <translation>{reference}: hüquqi ekspertizanı tamamlanmamış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} translated</source>
        <translation>{reference}: tərcümə edilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} not translated</source>
        <translation>{reference}: tərcümə edilməmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} printed</source>
        <translation>{reference}: çap edilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not printed</source>
        <translation>{reference}: çap edilməmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} bound</source>
        <translation>{reference}: cildlənmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not bound</source>
        <translation>{reference}: cildlənməmiş kimi qeyd et</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} sazişini redaktə et</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} sazişini əlavə et</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete {reference}</source>
        <comment>undo command</comment>
        <translation>{reference} sazişini sil</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reorder the signing ceremony</source>
        <translation>İmzalanma mərasiminin ardıcıllığını dəyiş</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renumber the signing ceremony</source>
        <translation>İmzalanma mərasimini yenidən nömrələ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group the signings by signatory</source>
        <translation>İmzalanmaları imza edənə görə qruplaşdır</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_details.py" line="+54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Readiness</source>
        <translation>Hazırlıq</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness: {step}</source>
        <translation>Hazırlıq: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>Mark ready</source>
        <translation>Hazır kimi qeyd et</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Mark signed…</source>
        <translation>İmzalanmış kimi qeyd et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel agreement</source>
        <translation>Sazişi ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this agreement (it will not be signed)</source>
        <translation>Bu sazişi ləğv edin (o imzalanmayacaq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Reopen</source>
        <translation>Yenidən aç</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Back to draft, to change the text</source>
        <translation>Mətni dəyişmək üçün layihəyə qaytarın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an agreement to see its parties, readiness and status actions.</source>
        <translation>Tərəfləri, hazırlığı və status əməliyyatlarını görmək üçün saziş seçin.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>— signatory not named —</source>
        <translation>— imza edən təyin edilməyib —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Şahidlər:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid {start} to {end}</source>
        <translation>Qüvvədədir: {start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages: {languages}</source>
        <translation>Dillər: {languages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned for {time} (no. {order} of the ceremony)</source>
        <translation>Plan: {time} (mərasimdə № {order})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned for {time}</source>
        <translation>Plan: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing order {order}</source>
        <translation>İmzalanma ardıcıllığı: {order}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to draft</source>
        <translation>Layihəyə qaytar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo signing…</source>
        <translation>İmzalanmanı geri al…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to ready: the time of signing is removed</source>
        <translation>Hazır vəziyyətə qaytarır: imzalanma vaxtı silinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to be signed</source>
        <translation>İmzalanmağa hazırdır</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="+123"/>
        <source>Edit {reference}</source>
        <translation>Redaktə: {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreement</source>
        <translation>Yeni saziş</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left empty, the agreement is numbered {reference}</source>
        <translation>Boş qalsa, sazişə {reference} nömrəsi verilir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference *:</source>
        <comment>* marks a required field</comment>
        <translation>Nömrə *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind *:</source>
        <comment>kind of agreement; * marks a required field</comment>
        <translation>Növ *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title *:</source>
        <comment>of the agreement; * marks a required field</comment>
        <translation>Ad *:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>İmza edən</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add party</source>
        <translation>Tərəf əlavə et</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parties *:</source>
        <comment>* marks a required field</comment>
        <translation>Tərəflər *:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add witness</source>
        <translation>Şahid əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <comment>remove the selected witness</comment>
        <translation>Çıxar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Şahidlər:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not in a ceremony —</source>
        <translation>— mərasimdə deyil —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at the end</source>
        <comment>signing order: last</comment>
        <translation>sonda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <comment>field name, no colon</comment>
        <translation>Qüvvəyə minmə tarixi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <comment>field name, no colon</comment>
        <translation>Qüvvədən çıxma tarixi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one per party</source>
        <comment>number of original copies</comment>
        <translation>hər tərəfə bir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing item:</source>
        <translation>İmzalanma bəndi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order:</source>
        <translation>İmzalanma ardıcıllığı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Qüvvəyə minmə tarixi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Qüvvədən çıxma tarixi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <comment>languages of the agreement&apos;s text</comment>
        <translation>Dillər:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Originals:</source>
        <comment>number of original signed copies</comment>
        <translation>Əsl nüsxələr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Qeydlər:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement</source>
        <comment>tab: the agreement&apos;s main fields</comment>
        <translation>Saziş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties and witnesses</source>
        <translation>Tərəflər və şahidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing and validity</source>
        <translation>İmzalanma və qüvvədə olma</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>— choose an organization —</source>
        <translation>— təşkilat seçin —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not named yet —</source>
        <comment>signatory</comment>
        <translation>— hələ təyin edilməyib —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party {number} organization</source>
        <translation>Tərəf {number}: təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party {number} signatory</source>
        <translation>Tərəf {number}: imza edən</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Party {number}: up</source>
        <translation>Tərəf {number}: yuxarı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party up</source>
        <translation>Bu tərəfi yuxarı köçür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: down</source>
        <translation>Tərəf {number}: aşağı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party down</source>
        <translation>Bu tərəfi aşağı köçür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: remove</source>
        <translation>Tərəf {number}: çıxar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this party</source>
        <translation>Bu tərəfi çıxar</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A witness was not added</source>
        <translation>Şahid əlavə edilmədi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the witness field but not added. Add {name} as a witness before saving?</source>
        <translation>«{text}» şahid sahəsinə yazılıb, amma əlavə edilməyib. Yadda saxlamazdan əvvəl {name} şahid kimi əlavə edilsin?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Əlavə et və yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Onsuz yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Formaya qayıt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the witness field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>Şahid sahəsindəki «{text}» tədbirin heç bir iştirakçısına uyğun gəlmir, ona görə əlavə edilmir. Onsuz yadda saxlansın?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Onsuz yadda saxla</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“{reference}” is already used by another agreement</source>
        <translation>“{reference}” artıq başqa sazişdə istifadə olunur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>party {number}: pick from the list</source>
        <translation>tərəf {number}: siyahıdan seçin</translation>
    </message>
</context>
<context>
    <name>AgreementFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_filters.py" line="+31"/>
        <source>Filter by reference, title, party or signatory</source>
        <translation>Nömrə, ad, tərəf və ya imza edənə görə filtrlə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agreements</source>
        <translation>Sazişləri filtrlə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Status filtri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country filter</source>
        <translation>Ölkə filtri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University filter</source>
        <translation>Universitet filtri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>All countries</source>
        <translation>Bütün ölkələr</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>All universities</source>
        <translation>Bütün universitetlər</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+61"/>
        <source>complete</source>
        <comment>all readiness steps are done</comment>
        <translation>tam</translation>
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
        <translation>— təyin edilməyib —</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreements_view.py" line="+81"/>
        <location line="+25"/>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New agreement…</source>
        <translation>Yeni saziş…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+313"/>
        <source>Signing ceremony planner…</source>
        <translation>İmzalanma mərasiminin planlayıcısı…</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Signing ceremony planner</source>
        <translation>İmzalanma mərasiminin planlayıcısı</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>first %n agreement(s) · loading…</source>
        <translation>
            <numerusform>ilk %n saziş · yüklənir…</numerusform>
            <numerusform>ilk %n saziş · yüklənir…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n saziş</numerusform>
            <numerusform>%n saziş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n agreement(s)</source>
        <translation>
            <numerusform>%n sazişdən {shown}</numerusform>
            <numerusform>%n sazişdən {shown}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · {signed} signed</source>
        <comment>agreements shown; how many of them are signed</comment>
        <translation>{count} · {signed} imzalanıb</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Undo the signing?</source>
        <translation>İmzalanma geri alınsın?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} is recorded as signed. Undo the signing? It goes back to ready and its time of signing is removed.</source>
        <translation>{reference} imzalanmış kimi qeyd olunub. İmzalanma geri alınsın? Saziş hazır vəziyyətinə qayıdır və imzalanma vaxtı silinir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo signing</source>
        <translation>İmzalanmanı geri al</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark ready?</source>
        <translation>Hazır kimi qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it ready anyway? Missing:</source>
        <translation>{reference} üçün hazırlıq siyahısı tamamlanmayıb. Yenə də hazır kimi qeyd edilsin? Çatışmır:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark ready</source>
        <translation>Hazır kimi qeyd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed?</source>
        <translation>İmzalanmış kimi qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it signed anyway? Missing:</source>
        <translation>{reference} üçün hazırlıq siyahısı tamamlanmayıb. Yenə də imzalanmış kimi qeyd edilsin? Çatışmır:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark signed</source>
        <translation>İmzalanmış kimi qeyd et</translation>
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
        <translation>{reference} silindi — «Geri qaytar» ilə bərpa edin</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/bar_chart.py" line="+21"/>
        <source>Nothing to show yet</source>
        <translation>Hələ göstəriləcək məlumat yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Sütunlu diaqram</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n others</source>
        <comment>the bars not shown, summed up</comment>
        <translation>
            <numerusform>digər %n</numerusform>
            <numerusform>digər %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CeremonyModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+113"/>
        <source>Clash: {clashes}</source>
        <translation>Ziddiyyət: {clashes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clash</source>
        <translation>Ziddiyyət yoxdur</translation>
    </message>
</context>
<context>
    <name>CeremonyPlannerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/ceremony_planner.py" line="+52"/>
        <source>Signing ceremony planner</source>
        <translation>İmzalanma mərasiminin planlayıcısı</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing item</source>
        <translation>İmzalanma bəndi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per signing</source>
        <translation>Hər imzalanmaya dəqiqə</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <comment>suffix after a number of minutes</comment>
        <translation> dəq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the item evenly</source>
        <translation>Bəndin vaxtını bərabər böl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signings in order</source>
        <translation>İmzalanmalar sıra ilə</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a signing to open its agreement</source>
        <translation>Sazişini açmaq üçün imzalanmanın üzərinə iki dəfə klikləyin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Yuxarı köçür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Aşağı köçür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber</source>
        <translation>Yenidən nömrələ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close gaps and repeats: orders become 1, 2, 3 …</source>
        <translation>Boşluqları və təkrarları aradan qaldır: ardıcıllıq 1, 2, 3 … olur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by signatory</source>
        <translation>İmza edənə görə qruplaşdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder so that each busy signatory signs a run of agreements in a row</source>
        <translation>Ardıcıllığı elə dəyiş ki, çox sazişi olan hər imza edən onları ardıcıl imzalasın</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan notices</source>
        <translation>Plan bildirişləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <comment>button: close the window</comment>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing item:</source>
        <translation>İmzalanma bəndi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each signing takes:</source>
        <translation>Hər imzalanmanın müddəti:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a row to change the order. Rows with ⚠ need a signatory who is due elsewhere at that time (hover for details).</source>
        <translation>Ardıcıllığı dəyişmək üçün sətri sürüşdürün. ⚠ işarəli sətirlərdəki imza edən həmin vaxt başqa yerdə olmalıdır (ətraflı məlumat üçün kursoru üzərinə gətirin).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The event has no signing item yet: add one in the Agenda.</source>
        <translation>Tədbirdə hələ imzalanma bəndi yoxdur: onu Gündəlikdə əlavə edin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n minute(s)</source>
        <comment>length of the signing item</comment>
        <translation>
            <numerusform>%n dəqiqə</numerusform>
            <numerusform>%n dəqiqə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signing(s)</source>
        <translation>
            <numerusform>%n imzalanma</numerusform>
            <numerusform>%n imzalanma</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min each</source>
        <comment>minutes per signing</comment>
        <translation>hər biri {minutes} dəq</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The plan runs until {end}, past the end of the item ({item_end}). Shorten the signings or extend the item.</source>
        <translation>⚠ Planın sonu {end}, bəndin sonundan ({item_end}) gecdir. İmzalanmaları qısaldın və ya bəndi uzadın.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ %n signing(s) need(s) a signatory who is due elsewhere at that time.</source>
        <translation>
            <numerusform>⚠ %n imzalanmada imza edən həmin vaxt başqa yerdə olmalıdır.</numerusform>
            <numerusform>⚠ %n imzalanmada imza edən həmin vaxt başqa yerdə olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Signings grouped by signatory</source>
        <translation>İmzalanmalar imza edənə görə qruplaşdırıldı</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/documents_view.py" line="+59"/>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda with speakers, for guests and the press</source>
        <translation>Qonaqlar və mətbuat üçün gündəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificates</source>
        <translation>İmzalanma sertifikatları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page per signed agreement, with a QR code</source>
        <translation>Hər imzalanmış sazişə QR kodlu səhifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing register</source>
        <translation>İmzalanma reyestri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every agreement, its parties and signatories</source>
        <translation>Sazişlər, tərəflər və imza edənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony run sheet</source>
        <translation>Mərasimin iş planı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-by-minute plan for the protocol team</source>
        <translation>Protokol qrupu üçün dəqiqəlik plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges</source>
        <translation>Ad nişanları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges for every participant</source>
        <translation>Hər iştirakçı üçün ad nişanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place cards</source>
        <translation>Ad kartları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folded table cards with names</source>
        <translation>Adlar yazılmış qatlanan masa kartları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating chart</source>
        <translation>Oturma sxemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each table to scale, with an index of people</source>
        <translation>Hər masa miqyasla, adlar göstəricisi ilə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag placement</source>
        <translation>Bayraqların yerləşdirilməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each national flag stands, as the audience sees it</source>
        <translation>Hər dövlət bayrağının yeri, zaldan göründüyü kimi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second language</source>
        <translation>İkinci dil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Kağız ölçüsü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate</source>
        <translation>Yarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate document</source>
        <translation>Sənədi yarat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel generation</source>
        <translation>Yaratmanı ləğv et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language:</source>
        <translation>İkinci dil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Masa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Kağız:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature:</source>
        <translation>Rəqəmsal imza:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+264"/>
        <source>No document yet: choose one and press Generate.</source>
        <translation>Hələ sənəd yoxdur: birini seçin və «Yarat» düyməsini basın.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <comment>before the page number, with a space</comment>
        <translation>Səhifə </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom out</source>
        <translation>Kiçilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Böyüt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Enə görə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Bütöv səhifə</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The event changed since this document was generated: generate it again to include the changes.</source>
        <translation>Bu sənəd yaradılandan sonra tədbir dəyişib: dəyişiklikləri daxil etmək üçün onu yenidən yaradın.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>— none —</source>
        <translation>— yoxdur —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Generating…</source>
        <translation>Yaradılır…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
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
            <numerusform>{document} · %n səhifə</numerusform>
            <numerusform>{document} · %n səhifə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Generated %n page(s)</source>
        <translation>
            <numerusform>%n səhifə yaradıldı</numerusform>
            <numerusform>%n səhifə yaradıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n text(s) has/have no {language} translation; printed in the default.</source>
        <translation>
            <numerusform>{language}: %n mətnin tərcüməsi yoxdur; əsas mətn çap olundu.</numerusform>
            <numerusform>{language}: %n mətnin tərcüməsi yoxdur; əsas mətn çap olundu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n səhifə printerə göndərildi</numerusform>
            <numerusform>%n səhifə printerə göndərildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Signed by {signer}.</source>
        <translation>İmzalayan: {signer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready. Save it as PDF or print it.</source>
        <translation>Hazırdır. Onu PDF kimi saxlayın və ya çap edin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be generated.</source>
        <translation>Sənədi yaratmaq mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Saved {file}</source>
        <translation>Yadda saxlanıldı: {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save &quot;{file}&quot;: {reason}</source>
        <translation>&quot;{file}&quot; yadda saxlanıla bilmir: {reason}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Print document…</source>
        <translation>Sənədi çap e&amp;t…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save document as PDF…</source>
        <translation>Sənədi PDF kimi saxla…</translation>
    </message>
</context>
<context>
    <name>DomainFields</name>
    <message>
        <location filename="../../desktop_app/ui/domain_messages.py" line="+265"/>
        <source>ID</source>
        <extracomment>The fields the rules name, as a general message (an error box, a form&apos;s message below the fields) calls them. Beside a field no name is needed.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the event languages</source>
        <translation>Tədbir dillərində adlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Protokol ardıcıllığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Başlanğıc vaxtı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Bitmə vaxtı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Zallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Sədr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Çıxış edənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>İmzalanma vaxtı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Qüvvədən çıxma tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Şahidlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>İmzalanma mərasimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>İmzalanma ardıcıllığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Əsl nüsxələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Hazırlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Saziş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue country</source>
        <translation>Məkanın ölkəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hosts</source>
        <translation>Təşkilatçılar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file</source>
        <translation>Hədəf fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since version</source>
        <translation>Hansı versiyadan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until version</source>
        <translation>Hansı versiyaya qədər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years valid</source>
        <translation>Etibarlılıq müddəti (il)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>Açar növü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Rəqəmsal imza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate</source>
        <translation>Etibarlı sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>Xitam tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Yenilənmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Haradan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Haraya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Faylın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Xəbərdarlıq müddəti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>İl</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location line="-273"/>
        <source>is required</source>
        <extracomment>Every template the rules in ``desktop_app/domain`` and ``desktop_app/services`` use.</extracomment>
        <translation>tələb olunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a valid id (1-64 letters, digits, - _ .)</source>
        <translation>&quot;{value}&quot; düzgün identifikator deyil (1-64 hərf, rəqəm, - _ .)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a two-letter country code (ISO 3166-1, e.g. AZ)</source>
        <translation>&quot;{value}&quot; iki hərfli ölkə kodu deyil (ISO 3166-1, məs. AZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of {choices}</source>
        <translation>&quot;{value}&quot; bunlardan biri deyil: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{tag}&quot; is not a language tag (e.g. az)</source>
        <translation>&quot;{tag}&quot; dil kodu deyil (məs. az)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least 1, got {value}</source>
        <translation>ən azı 1 olmalıdır, verilib: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a known time zone (e.g. Asia/Baku)</source>
        <translation>&quot;{value}&quot; məlum saat qurşağı deyil (məs. Asia/Baku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the start ({start})</source>
        <translation>başlanğıcdan ({start}) sonra olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be within the event ({first_day} to {last_day})</source>
        <translation>tədbirin tarixləri daxilində olmalıdır ({first_day} – {last_day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character ({character}) at position {position}</source>
        <translation>{position} mövqeyində idarəetmə simvolu ({character}) var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>uzunluğu {length} simvoldur; hədd {limit} simvoldur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {limit}, got {value}</source>
        <translation>ən çoxu {limit} olmalıdır, verilib: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be in the years {first} to {last}, got {value}</source>
        <translation>{first}–{last} illəri arasında olmalıdır, verilib: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event lasts {days} days; the limit is {limit}</source>
        <translation>tədbir {days} gün davam edir; hədd {limit} gündür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a room of this event</source>
        <translation>bu tədbirin zalı deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a person of this event</source>
        <translation>bu tədbirin şəxsi deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a person twice</source>
        <translation>eyni şəxs iki dəfə göstərilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another item</source>
        <translation>&quot;{value}&quot; artıq başqa bənddə istifadə olunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would fall outside the day</source>
        <translation>günün hüdudlarından kənara çıxar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifting it would move it outside the day</source>
        <translation>sürüşdürülsə, günün hüdudlarından kənara çıxar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 2 parties are needed</source>
        <translation>ən azı 2 tərəf lazımdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when status is &quot;{status}&quot;</source>
        <translation>status &quot;{status}&quot; olduqda tələb olunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be empty when status is &quot;{status}&quot;</source>
        <translation>status &quot;{status}&quot; olduqda boş olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a time zone offset</source>
        <translation>saat qurşağı fərqi göstərilməlidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after valid from ({valid_from})</source>
        <translation>qüvvəyə minmə tarixindən ({valid_from}) sonra olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another agreement</source>
        <translation>&quot;{value}&quot; artıq başqa sazişdə istifadə olunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an organization of this event</source>
        <translation>bu tədbirin təşkilatı deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agenda item of this event</source>
        <translation>bu tədbirin gündəlik bəndi deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; is not a signing item</source>
        <translation>&quot;{title}&quot; imzalanma bəndi deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change from &quot;{current}&quot; to &quot;{target}&quot; (allowed: {allowed})</source>
        <translation>&quot;{current}&quot; statusundan &quot;{target}&quot; statusuna keçmək olmaz (mümkündür: {allowed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new order leaves out agreements of this ceremony</source>
        <translation>yeni ardıcıllıqda bu mərasimin bəzi sazişləri yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists an agreement twice</source>
        <translation>eyni saziş iki dəfə göstərilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agreement of this event</source>
        <translation>bu tədbirin sazişi deyil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {choices}</source>
        <translation>bunlardan biri olmalıdır: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a file name ending in .pdf</source>
        <translation>.pdf ilə bitən fayl adı olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder &quot;{folder}&quot; does not exist</source>
        <translation>onun &quot;{folder}&quot; qovluğu mövcud deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file name</source>
        <translation>fayl adı deyil, qovluqdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} languages, got {count}</source>
        <translation>{document}: ən çoxu {limit} dil, verilib: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} language, got {count}</source>
        <translation>{document}: ən çoxu {limit} dil, verilib: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only certificates can be limited to some agreements</source>
        <translation>yalnız sertifikatlar bəzi sazişlərlə məhdudlaşdırıla bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be limited to an agenda item</source>
        <translation>yalnız {choices} bir gündəlik bəndi ilə məhdudlaşdırıla bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the programme can leave draft agreements out</source>
        <translation>layihə sazişlərini yalnız proqramdan kənarda saxlamaq olar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be signed</source>
        <translation>yalnız {choices} imzalana bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>qovluq deyil, fayldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 1 to 10 years</source>
        <translation>1 ildən 10 ilədək olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {count} characters</source>
        <translation>ən azı {count} simvol olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>artıq mövcuddur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a PKCS#12 key file</source>
        <translation>PKCS#12 açar faylı deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for the key file</source>
        <translation>açar faylının parolu səhvdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no private key and certificate to sign with</source>
        <translation>imzalamaq üçün şəxsi açar və sertifikat yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its certificate is valid from {start} to {end} only</source>
        <translation>onun sertifikatı yalnız {start} – {end} tarixləri arasında etibarlıdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a certificate (PEM or DER)</source>
        <translation>sertifikat deyil (PEM və ya DER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {limit} characters</source>
        <translation>ən çoxu {limit} simvol olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one line of text</source>
        <translation>bir sətirlik mətn olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already the name of a published version</source>
        <translation>«{value}» artıq dərc edilmiş versiyanın adıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version has been published yet</source>
        <translation>hələ heç bir versiya dərc edilməyib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version &quot;{value}&quot; has been published (published: {names})</source>
        <translation>«{value}» adlı versiya dərc edilməyib (dərc edilənlər: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a version published after {since}</source>
        <translation>{since} versiyasından sonra dərc edilmiş versiya olmalıdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{tag}&quot; is not a supported language; choose from {choices}</source>
        <translation>&quot;{tag}&quot; dəstəklənən dil deyil; bunlardan birini seçin: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be before the start ({start})</source>
        <translation>başlanğıcdan ({start}) əvvəl olmamalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one room is needed</source>
        <translation>ən azı bir zal lazımdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one language is needed</source>
        <translation>ən azı bir dil lazımdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{room}&quot; still has {count} agenda item(s); move them first</source>
        <translation>&quot;{room}&quot; zalında hələ {count} gündəlik bəndi var; əvvəlcə onları köçürün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event with id &quot;{value}&quot; already exists</source>
        <translation>&quot;{value}&quot; identifikatorlu tədbir artıq mövcuddur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; would fall outside the new dates</source>
        <translation>&quot;{title}&quot; yeni tarixlərdən kənarda qalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is already used by another person</source>
        <translation>&quot;{value}&quot; artıq başqa şəxsdə istifadə olunur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another organization</source>
        <translation>&quot;{value}&quot; artıq başqa təşkilatda istifadə olunur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a translatable text; choose from {choices}</source>
        <translation>&quot;{value}&quot; tərcümə olunan mətn deyil; bunlardan seçin: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of the event&apos;s languages ({choices})</source>
        <translation>&quot;{value}&quot; tədbirin dillərindən biri deyil ({choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is the language of the default text; edit that in the record&apos;s form</source>
        <translation>&quot;{value}&quot; əsas mətnin dilidir; onu qeydin formasında redaktə edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no default text to translate</source>
        <translation>tərcümə ediləcək əsas mətn yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a signed agreement can be terminated</source>
        <translation>yalnız imzalanmış sazişə xitam verilə bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the signing ({signed})</source>
        <translation>imzalanmadan ({signed}) əvvəl ola bilməz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a party to the agreement</source>
        <translation>sazişin tərəfi deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be another party than the one it is from</source>
        <translation>göndərən tərəfdən fərqli tərəf olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{name}&quot; is {size} MB; a file can be attached up to {limit} MB (split the scan or save it at a lower resolution)</source>
        <translation>&quot;{name}&quot; {size} MB-dır; {limit} MB-a qədər fayl əlavə etmək olar (skanı bölün və ya daha aşağı keyfiyyətlə saxlayın)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be zero or more days, got {value}</source>
        <translation>sıfır və ya daha çox gün olmalıdır, verilib: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is in {count} events; name it as EVENT/REF: {choices}</source>
        <translation>&quot;{value}&quot; {count} tədbirdə var; onu TƏDBİR/NÖMRƏ kimi göstərin: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a signed agreement can be renewed</source>
        <translation>yalnız imzalanmış sazişi yeniləmək olar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a terminated agreement cannot be renewed</source>
        <translation>xitam verilmiş sazişi yeniləmək olmaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already renewed by {reference}</source>
        <translation>artıq {reference} ilə yenilənib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is already attached as &quot;{name}&quot;</source>
        <translation>bu fayl artıq &quot;{name}&quot; kimi əlavə edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a year such as 2025</source>
        <translation>2025 kimi il deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to verify ({size} MB)</source>
        <translation>yoxlamaq üçün çox böyükdür ({size} MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seat {seat} is not a seat of {layout} ({count} seats)</source>
        <translation>{seat} nömrəli yer {layout} düzülüşündə yoxdur ({count} yer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: rows need at least 1 row of 1 seat</source>
        <translation>&quot;{spec}&quot; düzülüşü: ən azı 1 yerlik 1 sıra lazımdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: more than {maximum} seats</source>
        <translation>&quot;{spec}&quot; düzülüşü: {maximum} yerdən çox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot; is not valid: use round:N, rect:N, u:N, head:N+rows:RxC or signing:N</source>
        <translation>&quot;{spec}&quot; düzülüşü düzgün deyil: round:N, rect:N, u:N, head:N+rows:RxC və ya signing:N yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout &quot;{spec}&quot;: a {kind} layout takes {minimum} to {maximum} seats, not {count}</source>
        <translation>&quot;{spec}&quot; düzülüşü: {kind} düzülüşündə {minimum}–{maximum} yer olur, {count} yox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule &quot;{rule}&quot; is not valid: use precedence, facing or alphabetical</source>
        <translation>&quot;{rule}&quot; qaydası düzgün deyil: precedence, facing və ya alphabetical seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seat missing: {layout} has {free} free seats for {people} people</source>
        <translation>{missing} yer çatmır: {layout} düzülüşündə {people} nəfər üçün {free} boş yer var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seats missing: {layout} has {free} free seats for {people} people</source>
        <translation>{missing} yer çatmır: {layout} düzülüşündə {people} nəfər üçün {free} boş yer var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the facing rule needs two sides facing each other: use round:N or rect:N, not {layout}</source>
        <translation>üz-üzə qaydası üçün bir-birinə baxan iki tərəf lazımdır: {layout} yox, round:N və ya rect:N seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seat {seat} is locked but {layout} has {count} seats: unlock it first</source>
        <translation>{seat} nömrəli yer kilidlənib, amma {layout} düzülüşündə {count} yer var: əvvəlcə kilidi açın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a seat is listed twice: {seats}</source>
        <translation>yer iki dəfə göstərilib: {seats}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat {seat} is locked: unlock it first</source>
        <translation>{seat} nömrəli yer kilidlənib: əvvəlcə kilidi açın</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} &quot;{key}&quot; not found</source>
        <extracomment>The generic errors&apos; own templates: used as they are for a record kind not listed in ``RECORD_MESSAGES`` (``{what}`` then stays the English key).</extracomment>
        <translation>{what} &quot;{key}&quot; tapılmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>{what} &quot;{key}&quot; başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} &quot;{key}&quot; is still referenced: {references}</source>
        <translation>{what} &quot;{key}&quot; hələ də istinad edilir: {references}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>speaker in &quot;{title}&quot;</source>
        <translation>&quot;{title}&quot; bəndində məruzəçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair of &quot;{title}&quot;</source>
        <translation>&quot;{title}&quot; bəndində sədr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory of {reference}</source>
        <translation>{reference} sazişini imza edən</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness of {reference}</source>
        <translation>{reference} sazişinin şahidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party to {reference}</source>
        <translation>{reference} sazişinin tərəfi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization of {name}</source>
        <translation>{name} şəxsinin təşkilatı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host of the event</source>
        <translation>tədbirin ev sahibi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event &quot;{key}&quot; not found</source>
        <extracomment>The generic errors as whole sentences per record kind (``what``), so a translator can make the words agree (a missing &quot;event&quot; and a missing &quot;person&quot; differ in gender).</extracomment>
        <translation>&quot;{key}&quot; tədbiri tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; şəxsi tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; təşkilatı tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agenda item &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; gündəlik bəndi tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; sazişi tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; tədbiri başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; şəxsi başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; təşkilatı başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda item &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; gündəlik bəndi başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; sazişi başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seating plan &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; oturma planı tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seating plan &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; oturma planı başqası tərəfindən dəyişdirilib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attached file &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; əlavə faylı tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; not found</source>
        <translation>&quot;{key}&quot; fəaliyyəti tapılmadı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>&quot;{key}&quot; fəaliyyətini başqası dəyişib; yenidən yükləyin və bir daha cəhd edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person &quot;{key}&quot; is still referenced: {references}</source>
        <translation>&quot;{key}&quot; şəxsinə hələ də istinad edilir: {references}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; is still referenced: {references}</source>
        <translation>&quot;{key}&quot; təşkilatına hələ də istinad edilir: {references}</translation>
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
        <translation>tam ədəd deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date; write YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>tarix deyil; İİİİ-AA-GG və ya GG.AA.İİİİ yazın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date and time; write e.g. 2025-03-04 12:35 (the event&apos;s time) or 2025-03-04T12:35:00+04:00</source>
        <translation>tarix və vaxt deyil; məs. 2025-03-04 12:35 (tədbirin vaxtı) və ya 2025-03-04T12:35:00+04:00 yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from row {row} (&quot;{value}&quot;) for the same {what}{hint}</source>
        <translation>eyni qeyd ({what}) üçün sıra {row} («{value}») ilə fərqlənir{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {what} has no name</source>
        <translation>adı yoxdur ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches {count} existing records ({listed}); add an id column to say which</source>
        <translation>{count} mövcud qeydə uyğun gəlir ({listed}); hansı olduğunu göstərmək üçün identifikator sütunu əlavə edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches several organizations ({keys}); write its id or full name</source>
        <translation>bir neçə təşkilata uyğun gəlir ({keys}); onun identifikatorunu və ya tam adını yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an organization of this event; match it to one, create it or leave it empty</source>
        <translation>bu tədbirin təşkilatı deyil; onu birinə uyğunlaşdırın, yaradın və ya boş saxlayın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has a header row but no data rows</source>
        <translation>faylda başlıq sırası var, amma məlumat sırası yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows} are the same {what} (same name in another spelling or script); merged</source>
        <translation>{rows} sıraları eyni qeyddir ({what}: eyni ad başqa yazılışda və ya əlifbada); birləşdirildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched by id</source>
        <translation>identifikatora görə tapıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name</source>
        <translation>ada görə tapıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations without a kind are stored as universities</source>
        <translation>növü göstərilməyən təşkilatlar universitet kimi saxlanılır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{name}&quot; ({country}) is created</source>
        <translation>«{name}» təşkilatı ({country}) yaradılır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} and {second} overlap in {room} on {day}</source>
        <extracomment>The conflict warnings (``domain/conflicts.py``), shown through :func:`translated_warning`.</extracomment>
        <translation>{first} və {second} {day} tarixində {room} zalında üst-üstə düşür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is in {first} and {second}, which overlap on {day}</source>
        <translation>{name} {day} tarixində üst-üstə düşən {first} və {second} bəndlərində iştirak edir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference}: signatory {name} belongs to {other}, not to the party {party}</source>
        <translation>{reference} sazişi: imza edən {name} {party} tərəfinə deyil, {other} təşkilatına aiddir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference} is still a draft but is in the signing item &quot;{title}&quot;</source>
        <translation>{reference} sazişi hələ layihədir, amma «{title}» imzalanma bəndindədir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement {reference} is planned in &quot;{title}&quot;, which is a {kind} item, not a signing</source>
        <translation>{reference} sazişi «{title}» bəndində planlaşdırılıb, bu isə imzalanma deyil, «{kind}» bəndidir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signing item &quot;{title}&quot; has order {order} more than once: {references}</source>
        <translation>«{title}» imzalanma bəndində {order} sırası bir dəfədən çox var: {references}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>{problem}; carrying on without a new backup</source>
        <extracomment>The warning shown when a database opened without the backup it should have had (its backups folder could not be written); made in desktop_app/storage (Database.warnings).</extracomment>
        <translation>{problem}; iş yeni ehtiyat nüsxə olmadan davam edir</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>is the same organization as party {party}</source>
        <translation>{party}-ci tərəflə eyni təşkilatdır</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>cannot back up &quot;{source}&quot; into &quot;{folder}&quot;: {reason}</source>
        <translation>«{source}» faylının ehtiyat nüsxəsini «{folder}» qovluğunda yaratmaq mümkün deyil: {reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="+40"/>
        <source>… (more problems were found; fix these first)</source>
        <extracomment>Details longer than this many lines are cut in the message box (the log has them all).</extracomment>
        <translation>… (başqa problemlər də tapıldı; əvvəlcə bunları düzəldin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: {reason} (value: {value})</source>
        <comment>a refused field: its name, why, and the value that was refused</comment>
        <translation>{field}: {reason} (dəyər: {value})</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The file was not imported: %n problems were found.</source>
        <comment>always more than one problem</comment>
        <translation>
            <numerusform>Fayl idxal edilmədi: %n problem tapıldı.</numerusform>
            <numerusform>Fayl idxal edilmədi: %n problem tapıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong ({error}). Your data is safe: every change was already saved.

The details were written to {log_file}.</source>
        <translation>Gözlənilməz xəta baş verdi ({error}). Məlumatlarınız təhlükəsizdir: bütün dəyişikliklər artıq yadda saxlanılıb.

Ətraflı məlumat {log_file} faylına yazıldı.</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/event_commands.py" line="+20"/>
        <source>Edit event details</source>
        <comment>undo command</comment>
        <translation>Tədbir məlumatlarını redaktə et</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/event_dialog.py" line="+70"/>
        <source>Edit event</source>
        <translation>Tədbiri redaktə et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Event</source>
        <comment>tab of the event form: title, dates, languages</comment>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round table on higher education cooperation</source>
        <comment>example of an event title</comment>
        <translation>Ali təhsil sahəsində əməkdaşlığa dair dəyirmi masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <comment>of the event</comment>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubtitle:</source>
        <translation>Alt &amp;başlıq:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
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
        <translation>Ta&amp;rixlər:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Saat qurşağı:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <comment>tab of the event form: venue, address, city, country</comment>
        <translation>Məkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Məkan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <comment>street address of the venue</comment>
        <translation>Ü&amp;nvan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;City:</source>
        <translation>&amp;Şəhər:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Ölkə:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO code, e.g. AZ, KZ</source>
        <translation>İki hərfli ISO kodu, məs. AZ, KZ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <comment>tab of the event form</comment>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Dillər:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, the main one first, e.g. en, az, kk</source>
        <translation>Dil kodları, əsas dil birinci, məs. en, az, kk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms and hosts</source>
        <comment>tab of the event form</comment>
        <translation>Zallar və təşkilatçılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms:</source>
        <translation>&amp;Zallar:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Hosts:</source>
        <comment>organizations hosting the event</comment>
        <translation>Təşki&amp;latçılar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the organizations hosting the event</source>
        <translation>Tədbirin təşkilatçısı olan təşkilatları işarələyin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create event</source>
        <translation>Tədbir yarat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <comment>seats in a room</comment>
        <translation>Tutum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s name in {language}</source>
        <translation>Zalın adı ({language})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main hall</source>
        <comment>default name of a new event&apos;s first room</comment>
        <translation>Əsas zal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add room</source>
        <translation>Zal əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New room</source>
        <translation>Yeni zal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room</source>
        <translation>Zalı çıxar</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>capacity “{value}” is not a whole number</source>
        <translation>tutum “{value}” tam ədəd deyil</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/event_session.py" line="+122"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n gündəlik bəndi</numerusform>
            <numerusform>%n gündəlik bəndi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n şəxs</numerusform>
            <numerusform>%n şəxs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n saziş</numerusform>
            <numerusform>%n saziş</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;{title}&quot; with its {items}, {people} and {agreements}?

This cannot be undone. Export the event file first to keep a copy.</source>
        <translation>&quot;{title}&quot; tədbiri {items}, {people} və {agreements} ilə birlikdə silinsin?

Bu əməliyyatı geri qaytarmaq mümkün deyil. Nüsxəni saxlamaq üçün əvvəlcə tədbir faylını ixrac edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Delete the event?</source>
        <translation>Tədbir silinsin?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete event</source>
        <translation>Tədbiri sil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The event was deleted.</source>
        <translation>Tədbir silindi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import an event file</source>
        <translation>Tədbir faylını idxal et</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Event files (*.json)</source>
        <translation>Tədbir faylları (*.json)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {file}…</source>
        <translation>{file} idxal edilir…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;{file}&quot; was not imported: it has %n problem(s). Nothing was stored.</source>
        <translation>
            <numerusform>&quot;{file}&quot; idxal edilmədi: %n problem var. Heç nə saxlanılmadı.</numerusform>
            <numerusform>&quot;{file}&quot; idxal edilmədi: %n problem var. Heç nə saxlanılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import problems</source>
        <translation>İdxal problemləri</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported {file} (%n warning(s))</source>
        <translation>
            <numerusform>{file} idxal edildi (%n xəbərdarlıq)</numerusform>
            <numerusform>{file} idxal edildi (%n xəbərdarlıq)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}</source>
        <translation>{file} idxal edildi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sample event is already here; opened it.</source>
        <translation>Nümunə tədbir artıq buradadır; o açıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the event?</source>
        <translation>Tədbir əvəz edilsin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has an event with the id &quot;{id}&quot;.

Replace it with the one in {file}? This cannot be undone.</source>
        <translation>Verilənlər bazasında artıq &quot;{id}&quot; identifikatorlu tədbir var.

Onu {file} faylındakı tədbirlə əvəz etmək istəyirsiniz? Bu əməliyyatı geri qaytarmaq mümkün deyil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the event file</source>
        <translation>Tədbir faylını ixrac et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the event to {path}</source>
        <translation>Tədbir ixrac edildi: {path}</translation>
    </message>
</context>
<context>
    <name>ExpiringLine</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/expiring_line.py" line="+37"/>
        <source>Open the agreements register on them</source>
        <extracomment>The settings key of the notice period, in days (the register view sets it).</extracomment>
        <translation>Sazişlər reyestrini onlarla açın</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements expiring within {days} days, in every event: {count}</source>
        <translation>{days} gün ərzində müddəti bitən sazişlər, bütün tədbirlərdə: {count}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/export_dialog.py" line="+215"/>
        <source>Export &amp;signing records…</source>
        <translation>İmzalanma &amp;qeydlərini ixrac et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export agenda as i&amp;Calendar…</source>
        <translation>Gündəliyi i&amp;Calendar kimi ixrac et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;conference schedule (frab)…</source>
        <translation>Konfrans cə&amp;dvəlini ixrac et (frab)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import people or agreements from a &amp;spreadsheet…</source>
        <translation>Şəxsləri və ya sazişləri e&amp;lektron cədvəldən idxal et…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-172"/>
        <source>Signing records (one row per party)</source>
        <extracomment>What can be exported; translated when the combo is filled.</extracomment>
        <translation>İmzalanma qeydləri (hər tərəfə bir sətir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda as a calendar (iCalendar)</source>
        <translation>Gündəlik təqvim kimi (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference schedule (frab / C3VOC)</source>
        <translation>Konfrans cədvəli (frab / C3VOC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook</source>
        <extracomment>The file formats&apos; names (``FileFormat.label`` of the services), per export and suffix, for the format list and the file dialog&apos;s filter in the interface language.</extracomment>
        <translation>Excel iş kitabı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8</source>
        <translation>CSV, UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON signing records</source>
        <translation>JSON imzalanma qeydləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule XML</source>
        <translation>frab/C3VOC cədvəli, XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule JSON</source>
        <translation>frab/C3VOC cədvəli, JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <comment>window title</comment>
        <translation>İxrac</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to export</source>
        <translation>Nə ixrac edilsin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <comment>file format</comment>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <comment>the language the exported names are written in</comment>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <comment>the file the export is saved to</comment>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export:</source>
        <comment>label: what to export</comment>
        <translation>İxrac:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <comment>file format</comment>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Names in:</source>
        <comment>the language names are written in</comment>
        <translation>Adların dili:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <comment>button: write the file</comment>
        <translation>İxrac et</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Texts in:</source>
        <comment>the language the calendar&apos;s or schedule&apos;s titles, rooms and names are written in</comment>
        <translation>Mətnlərin dili:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the file.</source>
        <translation>Faylın saxlanılacağı yeri seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name must end in .{suffix}.</source>
        <translation>Faylın adı .{suffix} ilə bitməlidir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>İxrac yeri</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {what} to {file}</source>
        <translation>{what} ixrac edildi: {file}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/feedback.py" line="+38"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… və daha %n</numerusform>
            <numerusform>… və daha %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/field_errors.py" line="+145"/>
        <source>Problem with {field}</source>
        <translation>Problem: {field}</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="+80"/>
        <source>Name in {language}:</source>
        <translation>Ad, {language}:</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+21"/>
        <source>Problem with {field}</source>
        <comment>screen reader name of a field&apos;s error</comment>
        <translation>Problem: {field}</translation>
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
        <translation>{file} idxalı</translation>
    </message>
</context>
<context>
    <name>ImportFieldLabels</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_field_labels.py" line="+18"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>Müraciət forması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Protokol ardıcıllığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Tərcümeyi-hal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Qısa ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>İmzalanma vaxtı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>İmzalanma ardıcıllığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Qüvvəyə minmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Qüvvədən çıxma tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Əsl nüsxələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party number</source>
        <translation>Tərəfin nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>İmza edən</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties (list)</source>
        <translation>Tərəflər (siyahı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (list)</source>
        <translation>İmza edənlər (siyahı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>İdxal edilmir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Party {number}</source>
        <translation>Tərəf {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory {number}</source>
        <translation>İmza edən {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in {language}</source>
        <translation>Ad, {language}</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_messages.py" line="+36"/>
        <source>(empty)</source>
        <comment>no value</comment>
        <translation>(boş)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}, column {column} “{header}”</source>
        <translation>sıra {row}, sütun {column} «{header}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}, field “{field}”</source>
        <translation>sıra {row}, sahə «{field}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}</source>
        <translation>sıra {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column {column} “{header}”</source>
        <translation>sütun {column} «{header}»</translation>
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
        <translation>sıra {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows {rows}</source>
        <comment>several rows</comment>
        <translation>sıralar {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create “{key}” ({label}) from {rows}</source>
        <translation>{rows}: «{key}» ({label}) yaradılır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update “{key}” ({label}) from {rows}</source>
        <translation>{rows}: «{key}» ({label}) yenilənir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({label}) unchanged, {rows}</source>
        <translation>{rows}: «{key}» ({label}) dəyişmir</translation>
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
            <numerusform>%n sıra</numerusform>
            <numerusform>%n sıra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n xətalı sıra buraxıldı</numerusform>
            <numerusform>%n xətalı sıra buraxıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{rows}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{rows}: {created} yaradıldı, {updated} yeniləndi, {unchanged} dəyişmədi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows}: {created} to be created, {updated} to be updated, {unchanged} unchanged</source>
        <translation>{rows}: {created} yaradılacaq, {updated} yenilənəcək, {unchanged} dəyişməyəcək</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/info_bar.py" line="+17"/>
        <source>Suggestion</source>
        <translation>Təklif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss suggestion</source>
        <translation>Təklifi bağla</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="-126"/>
        <source>English</source>
        <extracomment>Names of the event languages, in English; shown through ``language_label``, which translates them at use time (the translator is not installed at import time).</extracomment>
        <translation>İngilis dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Qazax dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Rus dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türk dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Özbək dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Qırğız dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Türkmən dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Fransız dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Alman dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Ərəb dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Çin dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>İspan dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgian</source>
        <translation>Gürcü dili</translation>
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
        <translation>{language} interfeys kataloqu bu quraşdırmada yoxdur; pəncərə ingilis dilində qalır.</translation>
    </message>
</context>
<context>
    <name>LayoutControls</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+39"/>
        <source>Layout</source>
        <extracomment>The user changed the layout or the rule.</extracomment>
        <translation>Düzülüş</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats at the table</source>
        <translation>Masadakı yerlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Sıralar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row</source>
        <translation>Sırada yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Sıralar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Qayda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place by rule</source>
        <translation>Qaydaya görə otuzdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat everyone by the rule at this layout and store the plan; locked seats stay as they are</source>
        <translation>Hamını bu düzülüşdə qaydaya görə otuzdurun və planı saxlayın; kilidli yerlər olduğu kimi qalır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout:</source>
        <translation>Düzülüş:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule:</source>
        <translation>Qayda:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/licences_dialog.py" line="+32"/>
        <source>Licences</source>
        <translation>Lisenziyalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Components</source>
        <translation>Komponentlər</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Licence text</source>
        <translation>Lisenziya mətni</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No licence information is installed.</source>
        <translation>Lisenziya məlumatı quraşdırılmayıb.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is distributed under {licence}.</source>
        <translation>{name} {licence} lisenziyası ilə yayılır.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+50"/>
        <source>Overview</source>
        <extracomment>(module under desktop_app.ui.views, class name, title) in navigation order. The title is English here (it names the view&apos;s id); it is shown through ``view_title``.</extracomment>
        <translation>İcmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating</source>
        <translation>Oturma planı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Reyestr</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Views</source>
        <translation>Bölmələr</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Event</source>
        <comment>toolbar name</comment>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:</source>
        <comment>label of the event switcher</comment>
        <translation>Tədbir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open event</source>
        <translation>Tədbiri aç</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event…</source>
        <translation>Tədbiri redaktə et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event details</source>
        <translation>Tədbir məlumatlarını redaktə et</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;New event…</source>
        <translation>&amp;Yeni tədbir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open or switch event…</source>
        <translation>Tədbiri &amp;aç və ya dəyiş…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event details…</source>
        <translation>Tədbir &amp;məlumatlarını redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import event file…</source>
        <translation>Tədbir &amp;faylını idxal et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport event file…</source>
        <translation>Tədbir faylını i&amp;xrac et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish version…</source>
        <translation>Versiyanı &amp;dərc et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the programme as it is now, to list and print the changes made after it</source>
        <translation>Proqramı indiki halında saxlayın ki, sonrakı dəyişiklikləri siyahıya almaq və çap etmək mümkün olsun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published &amp;versions…</source>
        <translation>Dərc edilmiş &amp;versiyalar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample event</source>
        <translation>&amp;Nümunə tədbiri aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete event…</source>
        <translation>Tədbiri &amp;sil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Ehtiyat nüsxəni indi yarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the interface language and the colours</source>
        <translation>İnterfeys dilini və rəngləri seçin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Sertifikatı &amp;yoxla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a signed certificate or register (PDF): its signature and its codes</source>
        <translation>İmzalanmış sertifikatı və ya reyestri (PDF) yoxlayın: imzasını və kodlarını</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Roundtable</source>
        <translation>Roundtable &amp;haqqında</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict warnings: open the overview</source>
        <translation>Ziddiyyət xəbərdarlıqları: icmalı açın</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot open {kind} {key} in this version</source>
        <translation>Bu versiyada {kind} {key} açıla bilmir</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking for conflicts…</source>
        <translation>Ziddiyyətlər yoxlanılır…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n xəbərdarlıq</numerusform>
            <numerusform>%n xəbərdarlıq</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <translation>Xəbərdarlıq yoxdur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the overview to see the warnings</source>
        <translation>Xəbərdarlıqları görmək üçün icmalı açın</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Warning: {warning}</source>
        <translation>Xəbərdarlıq: {warning}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+66"/>
        <source>What to do next</source>
        <translation>Növbəti addımlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the rooms</source>
        <translation>Zalları əlavə edin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event… › Rooms and hosts</source>
        <translation>Tədbiri redaktə et… › Zallar və təşkilatçılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the organizations</source>
        <translation>Təşkilatları əlavə edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The universities, ministries and embassies taking part</source>
        <translation>İştirak edən universitetlər, nazirliklər və səfirliklər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the people</source>
        <translation>Şəxsləri əlavə edin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers, chairs, signatories and guests</source>
        <translation>Məruzəçilər, sədrlər, imza edənlər və qonaqlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the agenda</source>
        <translation>Gündəliyi qurun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items on the timeline, day by day</source>
        <translation>Zaman şkalasında bəndlər, gün-gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the agreements</source>
        <translation>Sazişləri əlavə edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be signed, by whom</source>
        <translation>Nə imzalanacaq və kim tərəfindən</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="-376"/>
        <source>set</source>
        <comment>checkbox before an optional date: the date is given</comment>
        <translation>təyin et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to leave the date open</source>
        <translation>Tarixi açıq saxlamaq üçün işarəni götürün</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/organization_dialog.py" line="+35"/>
        <source>University</source>
        <extracomment>The kinds offered in the form, translated when the combo is filled.</extracomment>
        <translation>Universitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Səfirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agentlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {name}</source>
        <translation>Redaktə: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Yeni təşkilat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ADA, BSU, KazNU …</source>
        <comment>examples of short names of universities</comment>
        <translation>ADA, BDU, KazNU …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two letters (ISO 3166), e.g. AZ, KZ, UZ</source>
        <translation>İki hərf (ISO 3166), məs. AZ, KZ, UZ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *:</source>
        <comment>* marks a required field</comment>
        <translation>Ad *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Qısa ad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as the name above</source>
        <translation>yuxarıdakı adla eyni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind *:</source>
        <comment>kind of organization; * marks a required field</comment>
        <translation>Növ *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country *:</source>
        <comment>* marks a required field</comment>
        <translation>Ölkə *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City:</source>
        <translation>Şəhər:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Veb-sayt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <comment>group of the name fields</comment>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <comment>group of kind, country, city, website</comment>
        <translation>Təfərrüatlar</translation>
    </message>
</context>
<context>
    <name>OrganizationKinds</name>
    <message>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="+17"/>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Səfirlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agentlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
</context>
<context>
    <name>OrganizationsTable</name>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Yerli adlar</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/organizations_view.py" line="+40"/>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations — any spelling, any script</source>
        <translation>Filtr: hər yazılış və əlifba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations</source>
        <translation>Təşkilatları filtrlə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization…</source>
        <translation>Yeni təşkilat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Yeni təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organization</source>
        <translation>Təşkilatı redaktə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Delete organization</source>
        <translation>Təşkilatı sil</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No organizations yet.
Use “New organization…” to add one.</source>
        <translation>Hələ təşkilat yoxdur.
Əlavə etmək üçün “Yeni təşkilat…” əmrindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organizations match “{filter}”.</source>
        <translation>“{filter}” sorğusuna uyğun təşkilat yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n təşkilat</numerusform>
            <numerusform>%n təşkilat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n organization(s)</source>
        <translation>
            <numerusform>%n təşkilatdan {shown}</numerusform>
            <numerusform>%n təşkilatdan {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>first %n organization(s) · loading…</source>
        <translation>
            <numerusform>ilk %n təşkilat · yüklənir…</numerusform>
            <numerusform>ilk %n təşkilat · yüklənir…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>{name} is a party to %n agreement(s). Remove it from it/them (or delete it/them) first.</source>
        <translation>
            <numerusform>{name} %n sazişdə tərəfdir. Əvvəlcə onu sazişdən çıxarın (və ya sazişi silin).</numerusform>
            <numerusform>{name} %n sazişdə tərəfdir. Əvvəlcə onu sazişlərdən çıxarın (və ya sazişləri silin).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Added {name}</source>
        <translation>Əlavə edildi: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}</source>
        <translation>Yadda saxlanıldı: {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot delete</source>
        <translation>Silmək mümkün deyil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is referred to. Delete anyway? Its people will have no organization (Undo puts everything back).</source>
        <translation>{name} başqa qeydlərdə istinad edilir. Yenə də silinsin? Onun şəxsləri təşkilatsız qalacaq («Geri qaytar» hər şeyi bərpa edir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {name} — Undo restores it</source>
        <translation>{name} silindi — «Geri qaytar» ilə bərpa edin</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+48"/>
        <source>Event facts</source>
        <translation>Tədbirin göstəriciləri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <comment>caption under their number</comment>
        <translation>saziş</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>universities involved</source>
        <comment>caption under their number</comment>
        <translation>universitet iştirak edir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countries involved</source>
        <comment>caption under their number</comment>
        <translation>ölkə iştirak edir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants</source>
        <comment>caption under their number</comment>
        <translation>iştirakçı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda items</source>
        <comment>caption under their number</comment>
        <translation>gündəlik bəndi</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+140"/>
        <source>Agreements per university</source>
        <translation>Universitetlər üzrə sazişlər</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>By university</source>
        <translation>Universitetə görə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Ölkəyə görə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by university</source>
        <translation>Sazişlərin universitetlər üzrə diaqramı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by country</source>
        <translation>Sazişlərin ölkələr üzrə diaqramı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+127"/>
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Conflict warnings</source>
        <translation>Ziddiyyət xəbərdarlıqları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to open the item</source>
        <translation>Bəndi açmaq üçün iki dəfə klikləyin və ya Enter basın</translation>
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
        <translation>hələ yoxdur</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>from %n organization(s)</source>
        <translation>
            <numerusform>%n təşkilatdan</numerusform>
            <numerusform>%n təşkilatdan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When: {dates} ({timezone})</source>
        <translation>Vaxt: {dates} ({timezone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: {venue}</source>
        <translation>Məkan: {venue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: {rooms} · Languages: {languages}</source>
        <translation>Zallar: {rooms} · Dillər: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rooms</comment>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements per country</source>
        <translation>Ölkələr üzrə sazişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements yet</source>
        <translation>Hələ saziş yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agreements with universities yet</source>
        <translation>Universitetlərlə hələ saziş yoxdur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings ({count})</source>
        <translation>Xəbərdarlıqlar ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking for conflicts…</source>
        <translation>Ziddiyyətlər yoxlanılır…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: rooms, people and signings all fit.</source>
        <translation>Ziddiyyət yoxdur: zallar, şəxslər və imzalanmalar uyğundur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code}: open the item to fix it</source>
        <translation>{code}: düzəltmək üçün bəndi açın</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/people_commands.py" line="+105"/>
        <location line="+128"/>
        <source>Add {name}</source>
        <comment>undo command</comment>
        <translation>Əlavə et: {name}</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+126"/>
        <source>Edit {name}</source>
        <comment>undo command</comment>
        <translation>Redaktə et: {name}</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+113"/>
        <source>Delete {name}</source>
        <comment>undo command</comment>
        <translation>Sil: {name}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="+47"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Yerli adlar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the organization</source>
        <translation>Təşkilatdan</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../desktop_app/ui/views/people_view.py" line="+38"/>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people — any spelling, any script</source>
        <translation>Filtr: hər yazılış və əlifba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Şəxsləri filtrlə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person…</source>
        <translation>Yeni şəxs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Yeni şəxs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person</source>
        <translation>Şəxsi redaktə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Delete person</source>
        <translation>Şəxsi sil</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No people yet.
Use “New person…” to add one.</source>
        <translation>Hələ şəxs yoxdur.
Əlavə etmək üçün “Yeni şəxs…” əmrindən istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people match “{filter}”.</source>
        <translation>“{filter}” sorğusuna uyğun şəxs yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n şəxs</numerusform>
            <numerusform>%n şəxs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>%n şəxsdən {shown}</numerusform>
            <numerusform>%n şəxsdən {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>first %n person(s) · loading…</source>
        <translation>
            <numerusform>ilk %n şəxs · yüklənir…</numerusform>
            <numerusform>ilk %n şəxs · yüklənir…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {name}</source>
        <translation>Əlavə edildi: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}</source>
        <translation>Yadda saxlanıldı: {name}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} is referred to in the programme or the agreements. Delete anyway? These references will be removed (Undo puts them back).</source>
        <translation>{name} proqramda və ya sazişlərdə istinad edilir. Yenə də silinsin? Bu istinadlar silinəcək («Geri qaytar» onları bərpa edir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {name} — Undo restores them</source>
        <translation>{name} silindi — «Geri qaytar» ilə bərpa edin</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/person_dialog.py" line="+68"/>
        <source>Edit {name}</source>
        <translation>Redaktə: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Yeni şəxs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H.E., Prof., Dr., Amb. …</source>
        <comment>examples of honorifics before a name</comment>
        <translation>Zati-aliləri, Prof., Dr., Səfir …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rector, Minister of …</source>
        <comment>examples of positions</comment>
        <translation>Rektor, … naziri</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— not ranked —</source>
        <translation>— ardıcıllıq yoxdur —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol rank: 1 is the most senior person of the event.</source>
        <translation>Protokol ardıcıllığı: 1 — tədbirin ən yüksək rütbəli şəxsi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Honorific:</source>
        <translation>Müraciət forması:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name *:</source>
        <comment>* marks a required field</comment>
        <translation>Soyad *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as the name above</source>
        <translation>yuxarıdakı adla eyni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position:</source>
        <comment>a person&apos;s job title</comment>
        <translation>Vəzifə:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Təşkilat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Ölkə:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence:</source>
        <comment>protocol rank</comment>
        <translation>Protokol ardıcıllığı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>E-poçt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography:</source>
        <translation>Tərcümeyi-hal:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <comment>group of the name fields</comment>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <comment>group of position, organization, country</comment>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <comment>group of e-mail, phone, biography</comment>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{country} (the organization&apos;s)</source>
        <translation>{country} (təşkilatınkı)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pick an organization from the list</source>
        <translation>siyahıdan təşkilat seçin</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/pickers.py" line="+250"/>
        <source>Type a name to search</source>
        <translation>Axtarmaq üçün ad yazın</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location line="-225"/>
        <source>— none —</source>
        <translation>— yoxdur —</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/preferences_dialog.py" line="+44"/>
        <source>Preferences</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>System default</source>
        <translation>Sistem standartı</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <comment>colour scheme</comment>
        <translation>Açıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>colour scheme</comment>
        <translation>Tünd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour scheme</source>
        <translation>Rəng sxemi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Rənglər:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the language redraws the window at once. The event, the view and the window&apos;s place are kept; the undo history is cleared.</source>
        <translation>Dil dəyişdirildikdə pəncərə dərhal yenidən qurulur. Tədbir, görünüş və pəncərənin yeri saxlanılır; geri qaytarma tarixçəsi silinir.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/problems_dialog.py" line="+26"/>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy list</source>
        <translation>Siyahını kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the problems to the clipboard</source>
        <translation>Problemləri mübadilə buferinə kopyala</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/publish_dialog.py" line="+38"/>
        <source>Publish version</source>
        <comment>window title</comment>
        <translation>Versiyanı dərc et</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the first version of the programme: the agenda as it is now, with its times, rooms, speakers, topics and the order of signing, will be kept so that later changes can be listed against it.</source>
        <translation>Bu, proqramın ilk versiyasıdır: gündəlik indiki halında — vaxtları, zalları, çıxış edənləri, mövzuları və imzalanma ardıcıllığı ilə — saxlanılacaq ki, sonrakı dəyişiklikləri onunla müqayisədə göstərmək mümkün olsun.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) since {version}.</source>
        <translation>
            <numerusform>{version} versiyasından sonra %n dəyişiklik.</numerusform>
            <numerusform>{version} versiyasından sonra %n dəyişiklik.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Nothing has changed since {version}: there is nothing to publish.</source>
        <translation>{version} versiyasından sonra heç nə dəyişməyib: dərc ediləcək bir şey yoxdur.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Name of the version</source>
        <translation>Versiyanın adı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To whom it goes, and why (optional)</source>
        <translation>Kimə və nə üçün göndərilir (istəyə görə)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <comment>of a version</comment>
        <translation>Ad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Qeyd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <comment>button: publish the version</comment>
        <translation>Dərc et</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Published {version}</source>
        <translation>{version} dərc edildi</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../desktop_app/ui/publishing.py" line="+68"/>
        <source>Changes since the last published version: open the published versions</source>
        <extracomment>Milliseconds between a change and the count it triggers. (event key, UnpublishedChanges) once counted.</extracomment>
        <translation>Son dərc edilmiş versiyadan sonrakı dəyişikliklər: dərc edilmiş versiyaları açın</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not published yet</source>
        <translation>Hələ dərc edilməyib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Publish version… keeps the programme as it is, to list the changes made after it</source>
        <translation>Fayl › Versiyanı dərc et… proqramı indiki halında saxlayır ki, sonrakı dəyişiklikləri siyahıya almaq mümkün olsun</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) since {version}</source>
        <translation>
            <numerusform>{version} versiyasından sonra %n dəyişiklik</numerusform>
            <numerusform>{version} versiyasından sonra %n dəyişiklik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the published versions to see the changes</source>
        <translation>Dəyişiklikləri görmək üçün dərc edilmiş versiyaları açın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As published in {version}</source>
        <translation>{version} versiyasında dərc edildiyi kimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme has not changed since {version}</source>
        <translation>{version} versiyasından sonra proqram dəyişməyib</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_standard_strings.py" line="+148"/>
        <source>Folder</source>
        <translation>Qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location line="-84"/>
        <source>&amp;Select All</source>
        <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Artır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Azalt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+30"/>
        <source>Look in:</source>
        <extracomment>The non-native QFileDialog (used where the platform has no native dialog, and in the offscreen tests) and the file system model behind its list.</extracomment>
        <translation>Qovluq:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Qovluq:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Faylın &amp;adı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Fayl növü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fayl &amp;növü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Qovluğu tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Qovluqlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Qovluq:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>İrəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Geri qayıt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>İrəli get</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Üst qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Üst qovluğa keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Yeni qovluq yaradın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Yeni qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Siyahı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Ətraflı görünüş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Siyahı görünüşünə keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Yan panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Yerlər və əlfəcinlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Son yerlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fayl tapılmadı.
Fayl adının düzgün olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Qovluq tapılmadı.
Qovluq adının düzgün olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» silinsin? Əminsiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Qovluğu silmək mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Dəyişdirilmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Kompüter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Yanlış fayl adı</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="-61"/>
        <source>Enter a value:</source>
        <translation>Dəyəri daxil edin:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-36"/>
        <source>&amp;Undo</source>
        <extracomment>The context menus of QLineEdit (also inside spin boxes and combo boxes) and of QTextEdit/QPlainTextEdit/QLabel with selectable text.</extracomment>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+27"/>
        <source>Show Details...</source>
        <translation>Ətraflı göstər...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ətraflını gizlət...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-57"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Hamısını yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Təkrar cəhd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Yadda saxlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standart dəyərləri bərpa et</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location line="+6"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;boş&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="-4"/>
        <source>Undo %1</source>
        <translation>Geri qaytar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Təkrarla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Keçidin ünvanını &amp;kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <extracomment>QWizard&apos;s buttons (all styles), QMessageBox&apos;s details button, QProgressDialog.</extracomment>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Növbəti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Növbəti &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Təsdiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_app/ui/views/record_list.py" line="+134"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+24"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-56"/>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/agenda_model.py" line="+34"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Başı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Sonu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+4"/>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="+4"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+3"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Çıxış edənlər</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Signatories</source>
        <translation>İmza edənlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readiness</source>
        <translation>Hazırlıq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>İmzalanıb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="-5"/>
        <source>Short name</source>
        <translation>Qısa ad</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-3"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-4"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precedence</source>
        <translation>Protokol ardıcıllığı</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-4"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/register_commands.py" line="+65"/>
        <source>Renew {reference}</source>
        <translation>{reference} sazişini yenilə</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Terminate {reference}</source>
        <translation>{reference} sazişinə xitam ver</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Attach &quot;{name}&quot; to {reference}</source>
        <translation>&quot;{name}&quot; faylını {reference} sazişinə əlavə et</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove &quot;{name}&quot;</source>
        <translation>&quot;{name}&quot; faylını çıxar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add an activity to {reference}</source>
        <translation>{reference} sazişinə fəaliyyət əlavə et</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit an activity of {reference}</source>
        <translation>{reference} üzrə fəaliyyəti redaktə et</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete an activity of {reference}</source>
        <translation>{reference} üzrə fəaliyyəti sil</translation>
    </message>
</context>
<context>
    <name>RegisterDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_details.py" line="+93"/>
        <source>Chain of renewals</source>
        <extracomment>A file or an activity of the shown agreement changed (the view reloads).</extracomment>
        <translation>Yenilənmələr zənciri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Attached files</source>
        <translation>Əlavə edilmiş fayllar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files here to attach them; double-click opens one</source>
        <translation>Əlavə etmək üçün faylları bura atın; iki dəfə klik faylı açır</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Add…</source>
        <translation>Əlavə et…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Attach a file</source>
        <translation>Fayl əlavə et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attached file</source>
        <translation>Əlavə edilmiş faylı aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Fərqli yadda saxla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the attached file</source>
        <translation>Əlavə edilmiş faylı çıxar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Fəaliyyətlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record an activity</source>
        <translation>Fəaliyyəti qeyd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity</source>
        <translation>Fəaliyyəti sil</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No agreement selected</source>
        <translation>Saziş seçilməyib</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event: {event}</source>
        <translation>Tədbir: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Vəziyyət: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until {date}</source>
        <translation>{date} tarixinədək qüvvədədir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days left: {days}</source>
        <translation>Qalan günlər: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>{date} tarixində xitam verilib: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renewals: {chain}</source>
        <translation>Yenilənmələr: {chain}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {date}{by}
SHA-256 {digest}</source>
        <translation>Əlavə edilib: {date}{by}
SHA-256 {digest}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s bytes are not in this database</source>
        <translation>Faylın özü bu verilənlər bazasında yoxdur</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attached to {reference} — Undo removes it</source>
        <translation>{reference} sazişinə əlavə edildi — Geri qaytar onu çıxarır</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {reference}</source>
        <translation>{reference} sazişinə fayllar əlavə et</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the attached file</source>
        <translation>Əlavə edilmiş faylı yadda saxla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed &quot;{name}&quot; — Undo puts it back</source>
        <translation>&quot;{name}&quot; çıxarıldı — Geri qaytar onu bərpa edir</translation>
    </message>
</context>
<context>
    <name>RegisterDrops</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_drops.py" line="+55"/>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_filters.py" line="+34"/>
        <source>Filter by reference, title or party…</source>
        <extracomment>A filter of the rows changed (not the text, which ``text_changed`` carries). The notice period changed (it is saved): the lifecycles must be evaluated again.</extracomment>
        <translation>Nömrə, ad və ya tərəf üzrə filtr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the register</source>
        <translation>Reyestri filtrlə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner country</source>
        <translation>Tərəfdaş ölkə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Müddəti bitir:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expiring within how many days</source>
        <translation>Neçə gün ərzində müddəti bitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notice </source>
        <translation>xəbərdarlıq </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agreement is expiring, and its renewal due, this many days before it ends</source>
        <translation>Saziş bitməsinə bu qədər gün qalmış müddəti bitən sayılır və onu yeniləmək vaxtı çatır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice period</source>
        <translation>Xəbərdarlıq müddəti</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All events</source>
        <translation>Bütün tədbirlər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dormant</source>
        <comment>no activity in its first year</comment>
        <translation>Passiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Bütün ölkələr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All organizations</source>
        <translation>Bütün təşkilatlar</translation>
    </message>
</context>
<context>
    <name>RegisterOutputs</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_outputs.py" line="+29"/>
        <source>Export the register…</source>
        <translation>Reyestri ixrac et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export renewal reminders…</source>
        <translation>Yenilənmə xatırlatmalarını ixrac et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the partnership report…</source>
        <translation>Tərəfdaşlıq hesabatını çap et…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the register</source>
        <translation>Reyestri ixrac et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Excel kitabı (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export renewal reminders</source>
        <translation>Yenilənmə xatırlatmalarını ixrac et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partnership report</source>
        <translation>Tərəfdaşlıq hesabatı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>İl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the partnership report</source>
        <translation>Tərəfdaşlıq hesabatını çap et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote {file}</source>
        <translation>{file} yazıldı</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/register_model.py" line="+62"/>
        <source>dormant</source>
        <comment>no activity in its first year</comment>
        <extracomment>The order a lifecycle sorts in: what needs attention first.</extracomment>
        <translation>passiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal {reference} in preparation</source>
        <translation>{reference} yenilənməsi hazırlanır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renewed by {reference}</source>
        <translation>{reference} ilə yenilənib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renews {reference}</source>
        <translation>{reference} sazişini yeniləyir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No expiry date is recorded: check the signed text.</source>
        <translation>Bitmə tarixi qeyd edilməyib: imzalanmış mətni yoxlayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on {date}</source>
        <translation>{date} tarixində bitir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>{date} tarixində xitam verilib: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agreement</source>
        <translation>Saziş</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Qüvvədən çıxma tarixi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days left</source>
        <translation>Qalan günlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Fəaliyyətlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_view.py" line="+71"/>
        <source>Register</source>
        <extracomment>What ``show_record(&quot;register&quot;, …)`` takes: ``expiring:DAYS``.</extracomment>
        <translation>Reyestr</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Agreements register</source>
        <translation>Sazişlər reyestri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a file on an agreement to attach it</source>
        <translation>Faylı əlavə etmək üçün onu sazişin üzərinə atın</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew…</source>
        <translation>Yenilə…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a successor with the same parties</source>
        <translation>Eyni tərəflərlə yeni saziş layihəsi hazırla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate…</source>
        <translation>Xitam ver…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in its event</source>
        <translation>Öz tədbirində aç</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Agreements: {total}</source>
        <translation>Sazişlər: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements: {shown} of {total}</source>
        <translation>Sazişlər: {total} sazişdən {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · expiring: {expiring}</source>
        <translation>{count} · müddəti bitən: {expiring}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Drafted {successor}, renewing {reference} — Undo removes it</source>
        <translation>{reference} sazişini yeniləyən {successor} layihəsi hazırlandı — Geri qaytar onu çıxarır</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attached to {reference}: {files} — Undo removes them</source>
        <translation>{reference} sazişinə əlavə edildi: {files} — Geri qaytar onları çıxarır</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/renew_dialog.py" line="+25"/>
        <source>Renew {reference}</source>
        <translation>{reference} sazişini yenilə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft successor with the same parties is added, linked to &lt;b&gt;{reference}&lt;/b&gt;; it is prepared and signed like any agreement.</source>
        <translation>Eyni tərəflərlə &lt;b&gt;{reference}&lt;/b&gt; sazişinə bağlı yeni saziş layihəsi əlavə olunur; o, istənilən saziş kimi hazırlanır və imzalanır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference of the successor</source>
        <translation>Yeni sazişin nömrəsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event of the signing</source>
        <translation>İmzalanacağı tədbir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to be set</source>
        <translation>sonra təyin ediləcək</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation>Nömrə:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be signed at:</source>
        <translation>İmzalanacağı yer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Qüvvədədir:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew</source>
        <translation>Yenilə</translation>
    </message>
</context>
<context>
    <name>SeatingChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/seating_chart.py" line="+86"/>
        <source>Seating chart</source>
        <extracomment>The chart is never drawn larger than this many times its natural size when fitted.</extracomment>
        <translation>Oturma sxemi</translation>
    </message>
</context>
<context>
    <name>SeatingCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/seating_commands.py" line="+135"/>
        <source>Place by rule at {table}</source>
        <comment>undo command; table: “the main table” or an agenda item&apos;s title</comment>
        <extracomment>The change itself, given the version the view showed (None: no plan of its own). Told of every stored step: the plan as stored now (None: deleted).</extracomment>
        <translation>Qaydaya görə otuzdurma: {table}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seat {name} at seat {seat}</source>
        <comment>undo command</comment>
        <translation>{name} — {seat} nömrəli yerə</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Swap seats {first} and {second}</source>
        <comment>undo command</comment>
        <translation>{first} və {second} nömrəli yerləri dəyiş</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unseat {name}</source>
        <comment>undo command</comment>
        <translation>Yerdən götür: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock seat {seat}</source>
        <comment>undo command</comment>
        <translation>{seat} nömrəli yeri kilidlə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock seat {seat}</source>
        <comment>undo command</comment>
        <translation>{seat} nömrəli yerin kilidini aç</translation>
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
        <translation>Yeri olmayan iştirakçılar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Drag a person onto a seat, or press Enter and choose the seat with the arrow keys. Drop a seat&apos;s person here to unseat them.</source>
        <translation>Şəxsi yerə sürükləyin və ya Enter basıb yeri ox düymələri ilə seçin. Yerdəki şəxsi yerdən götürmək üçün bura atın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Seating conflicts</source>
        <translation>Oturma planındakı ziddiyyətlər</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unseated participants ({count})</source>
        <translation>Yeri olmayan iştirakçılar ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts ({count})</source>
        <translation>Ziddiyyətlər ({count})</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_texts.py" line="+31"/>
        <source>Round table</source>
        <extracomment>(layout kind, its name) in the order of the layout combo.</extracomment>
        <translation>Dəyirmi masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangular table</source>
        <translation>Düzbucaqlı masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>U şəkilli masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>Rəyasət heyəti masası və sıralar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing table</source>
        <translation>İmza masası</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By precedence</source>
        <extracomment>The fewest seats of each kind (``domain.seating_layouts``). (rule, its name, what it does) in the order of the rule combo.</extracomment>
        <translation>Protokol ardıcıllığı ilə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host at the seat of honour, the guest of honour at the host&apos;s right, then alternating right and left by rank</source>
        <translation>Ev sahibi fəxri yerdə, fəxri qonaq onun sağında, sonra rütbəyə görə növbə ilə sağda və solda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facing delegations</source>
        <translation>Nümayəndə heyətləri üz-üzə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a bilateral meeting: the host delegation on one side, the guests opposite, the two heads facing each other</source>
        <translation>İkitərəfli görüş üçün: ev sahibi nümayəndə heyəti bir tərəfdə, qonaqlar qarşıda, iki başçı üz-üzə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alphabetical by country</source>
        <translation>Ölkələrin əlifba sırası ilə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country name in the event&apos;s first language, then by name, the host at the seat of honour</source>
        <translation>Ölkə adına (tədbirin birinci dilində), sonra şəxsin adına görə; ev sahibi fəxri yerdə</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>seat of honour</source>
        <translation>fəxri yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s right</source>
        <translation>ev sahibinin sağında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s left</source>
        <translation>ev sahibinin solunda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {row}, next to the centre on the host&apos;s right</source>
        <translation>{row} nömrəli sıra, ortanın yanında, sağda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}, next to the centre on the host&apos;s left</source>
        <translation>{row} nömrəli sıra, ortanın yanında, solda</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s right</source>
        <translation>
            <numerusform>{row} nömrəli sıra, ortadan sağa %n yer</numerusform>
            <numerusform>{row} nömrəli sıra, ortadan sağa %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s left</source>
        <translation>
            <numerusform>{row} nömrəli sıra, ortadan sola %n yer</numerusform>
            <numerusform>{row} nömrəli sıra, ortadan sola %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n seats right of the seat facing the host</source>
        <translation>
            <numerusform>ev sahibinin qarşısındakı yerdən sağa %n yer</numerusform>
            <numerusform>ev sahibinin qarşısındakı yerdən sağa %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats left of the seat facing the host</source>
        <translation>
            <numerusform>ev sahibinin qarşısındakı yerdən sola %n yer</numerusform>
            <numerusform>ev sahibinin qarşısındakı yerdən sola %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s right</source>
        <translation>
            <numerusform>ev sahibindən sağa %n yer</numerusform>
            <numerusform>ev sahibindən sağa %n yer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s left</source>
        <translation>
            <numerusform>ev sahibindən sola %n yer</numerusform>
            <numerusform>ev sahibindən sola %n yer</numerusform>
        </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>facing the host</source>
        <translation>ev sahibinin qarşısında</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>{layout}: %n seat(s), {rows} × {columns} in rows</source>
        <translation>
            <numerusform>{layout}: %n yer, sıralarda {rows} × {columns}</numerusform>
            <numerusform>{layout}: %n yer, sıralarda {rows} × {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{layout}: %n seat(s)</source>
        <translation>
            <numerusform>{layout}: %n yer</numerusform>
            <numerusform>{layout}: %n yer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>right of the seat facing the host</source>
        <translation>ev sahibinin qarşısındakı yerin sağında</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left of the seat facing the host</source>
        <translation>ev sahibinin qarşısındakı yerin solunda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {row}, centre</source>
        <translation>{row} nömrəli sıra, orta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>moved by hand</source>
        <translation>əl ilə köçürülüb</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>locked</source>
        <translation>kilidlənib</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+27"/>
        <source>Seat {number}</source>
        <translation>{number} nömrəli yer</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Why here: {reason}</source>
        <translation>Niyə burada: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty seat</source>
        <translation>Boş yer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: placing by rule keeps this seat as it is</source>
        <translation>Kilidlənib: qaydaya görə otuzdurma bu yeri olduğu kimi saxlayır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag behind: {country}</source>
        <translation>Arxada bayraq: {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>why here: {reason}</source>
        <translation>niyə burada: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flag of {country}, {position} from the audience&apos;s left</source>
        <translation>{country} bayrağı, zaldan baxanda soldan № {position}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Place by rule seats everyone again at {layout}, {rule}; locked seats stay.</source>
        <translation>Qaydaya görə otuzdurma hamını yenidən yerləşdirəcək: {layout}, {rule}; kilidli yerlər qalır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose more seats or another layout.</source>
        <translation>Daha çox yer və ya başqa düzülüş seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table} uses the main table&apos;s plan until it has its own. Shown: the plan the rule would make for it; Place by rule stores it.</source>
        <translation>{table} öz planı olana qədər əsas masanın planından istifadə edir. Göstərilən qaydanın onun üçün quracağı plandır; «Qaydaya görə otuzdur» onu saxlayır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not stored yet: shown is the plan the rule would make. Place by rule stores it; then drag people to adjust.</source>
        <translation>Hələ saxlanmayıb: qaydanın quracağı plan göstərilir. «Qaydaya görə otuzdur» onu saxlayır; sonra şəxsləri sürükləyərək düzəldin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_view.py" line="+76"/>
        <source>Seating</source>
        <extracomment>The ``navigate`` kind that opens this view: ``(&quot;seating&quot;, ITEM)``, ITEM an agenda item&apos;s key or ``main`` (the main table), as the Overview&apos;s seating warnings say. After the layout or rule is changed, the preview waits this long for more typing.</extracomment>
        <translation>Oturma planı</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag people between seats, or from the list · Enter picks up and puts down · Delete unseats · Ctrl+L locks a seat</source>
        <extracomment>The table whose plan last set the layout and rule controls.</extracomment>
        <translation>Şəxsləri yerlər arasında və ya siyahıdan sürükləyin · Enter götürür və qoyur · Delete yerdən götürür · Ctrl+L yeri kilidləyir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview / Print…</source>
        <translation>Önbaxış / Çap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the seating chart of this table in Documents, to preview, save or print it</source>
        <translation>Bu masanın oturma sxemini Sənədlərdə açın: önbaxış, saxlama və ya çap üçün</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the main table</source>
        <translation>Əsas masanı göstər</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>★ seat of honour · padlock: locked · red ring: a conflict · dashed: a preview, not stored</source>
        <translation>★ fəxri yer · qıfıl: kilidli · qırmızı halqa: ziddiyyət · qırıq xətt: önbaxış, saxlanmayıb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table:</source>
        <translation>Masa:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Main table</source>
        <translation>Əsas masa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Seats taken: {taken} of {seats}</source>
        <translation>Tutulan yerlər: {taken} / {seats}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the main table</source>
        <translation>əsas masa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(preview)</source>
        <translation>(önbaxış)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audience</source>
        <translation>zal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone has a seat. Drop a seat&apos;s person here to unseat them.</source>
        <translation>Hamının yeri var. Yerdəki şəxsi yerdən götürmək üçün bura atın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has a seat in this preview.</source>
        <translation>Bu önbaxışda hamının yeri var.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>Ziddiyyət yoxdur</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n kilidli</numerusform>
            <numerusform>%n kilidli</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Carrying {name}: choose a seat with the arrow keys and press Enter; Escape puts them back.</source>
        <translation>{name} götürülüb: ox düymələri ilə yer seçin və Enter basın; Escape geri qaytarır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point at a seat to see who sits there and why.</source>
        <translation>Kimin və niyə oturduğunu görmək üçün yerin üzərinə gəlin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Place by rule first: this table has no plan of its own yet.</source>
        <translation>Əvvəlcə qaydaya görə otuzdurun: bu masanın hələ öz planı yoxdur.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unlock seat {number}</source>
        <translation>{number} nömrəli yerin kilidini aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock seat {number}</source>
        <translation>{number} nömrəli yeri kilidlə</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick up {name}</source>
        <translation>Götür: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unseat {name}</source>
        <translation>Yerdən götür: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_print.py" line="+82"/>
        <source>This version of Roundtable cannot print a seating chart yet.</source>
        <extracomment>The ``show_record`` kind that asks the Documents view for a document. The document kind of the seating chart (``print seating``), and its ``item`` for the main table. The last chart made (for tests), and how a chart is opened (the PDF viewer).</extracomment>
        <translation>Roundtable-ın bu versiyası hələ oturma sxemini çap edə bilmir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the seating chart…</source>
        <translation>Oturma sxemi hazırlanır…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The seating chart is open in your PDF viewer, to preview and print.</source>
        <translation>Oturma sxemi PDF baxış proqramında açıldı: önbaxış və çap üçün.</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signed_dialog.py" line="+38"/>
        <source>Mark {reference} signed</source>
        <translation>{reference} sazişini imzalanmış kimi qeyd et</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time of signing</source>
        <translation>İmzalanma vaxtı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{timezone} (the event&apos;s time zone)</source>
        <translation>{timezone} (tədbirin saat qurşağı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <comment>button: use the current time</comment>
        <translation>İndi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned slot</source>
        <translation>Planlaşdırılmış vaxt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} in the ceremony plan</source>
        <translation>Mərasim planında {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is not in a signing ceremony</source>
        <translation>Saziş imzalanma mərasiminə daxil deyil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed at:</source>
        <translation>İmzalanma vaxtı:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark signed</source>
        <translation>İmzalanmış kimi qeyd et</translation>
    </message>
</context>
<context>
    <name>SigningChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/signing_choice.py" line="+37"/>
        <source>Sign with…</source>
        <extracomment>Where the chosen key file&apos;s path is remembered (never its passphrase).</extracomment>
        <translation>İmzala…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the document</source>
        <translation>Sənədi imzala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a digital signature with a key file (.p12); the passphrase is asked each time and never stored</source>
        <translation>Açar faylı (.p12) ilə rəqəmsal imza əlavə edin; parol hər dəfə soruşulur və heç vaxt saxlanmır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key…</source>
        <translation>Açar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Açar faylını seçin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no key chosen</source>
        <translation>açar seçilməyib</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the signing key</source>
        <translation>İmza açarını seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Açar faylları (*.p12 *.pfx);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for &quot;{file}&quot;:</source>
        <translation>&quot;{file}&quot; üçün parol:</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/status_strip.py" line="+32"/>
        <source>Agreements by status</source>
        <translation>Statusa görə sazişlər</translation>
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
        <translation>yoxdur</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <location filename="../../desktop_app/ui/storage_dialogs.py" line="+36"/>
        <source>Backups of a shared server database are made on the server (pg_dump)</source>
        <translation>Paylaşılan server verilənlər bazasının ehtiyat nüsxələri serverdə yaradılır (pg_dump)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up</source>
        <comment>window title</comment>
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə yaradılır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Ehtiyat nüsxə yaradıldı: {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <comment>window title</comment>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Restore from a backup</source>
        <translation>Ehtiyat nüsxədən bərpa et</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Roundtable databases (*.sqlite *.db *.bak)</source>
        <translation>Roundtable verilənlər bazaları (*.sqlite *.db *.bak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the current database with
{file}?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Cari verilənlər bazası
{file}
ilə əvəz edilsin?

Əvvəlcə cari verilənlər bazasının ehtiyat nüsxəsi yaradılır, ona görə də həmin nüsxəni bərpa etməklə bunu geri qaytarmaq olar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>{backup} bərpa edildi. Əvvəlki verilənlər bazası {kept} kimi saxlanıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {backup}.</source>
        <translation>{backup} bərpa edildi.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <location line="+14"/>
        <source>Roundtable cannot open the database</source>
        <translation>Roundtable verilənlər bazasını aça bilmir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup is {backup} ({folder}). Restore it? The current file is kept.</source>
        <translation>Ən son ehtiyat nüsxə: {backup} ({folder}). Bərpa edilsin? Cari fayl saxlanılacaq.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the latest backup</source>
        <translation>Ən son ehtiyat nüsxəni bərpa et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <comment>button: close the app</comment>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore failed</source>
        <translation>Bərpa alınmadı</translation>
    </message>
</context>
<context>
    <name>TableChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/document_tables.py" line="+29"/>
        <source>Table</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seating chart, flag sheet and place cards of one table, or of every table</source>
        <translation>Bir masanın və ya bütün masaların oturma sxemi, bayraq vərəqi və ad kartları</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Every table</source>
        <translation>Bütün masalar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main table</source>
        <translation>Əsas masa</translation>
    </message>
</context>
<context>
    <name>TableCombo</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+81"/>
        <source>Table</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main table</source>
        <translation>Əsas masa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has a seating plan of its own</source>
        <translation>Öz oturma planı var</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/table_import_wizard.py" line="+75"/>
        <source>People</source>
        <extracomment>What a spreadsheet can hold; translated when the combo is filled.</extracomment>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Sazişlər</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from a spreadsheet</source>
        <translation>Elektron cədvəldən idxal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheet file</source>
        <translation>Elektron cədvəl faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .xlsx or .csv file with a header row</source>
        <translation>Başlıq sətri olan .xlsx və ya .csv faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>Faylın məzmunu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <comment>button: check the file first</comment>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds:</source>
        <comment>what kind of records the file contains</comment>
        <translation>Məzmun:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Sütunların uyğunlaşdırılması</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <comment>spreadsheet column letter</comment>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Fayldakı başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Imported as</source>
        <translation>İdxal sahəsi</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Organizations not in the event</source>
        <translation>Tədbirdə olmayan təşkilatlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization in the file</source>
        <translation>Fayldakı təşkilat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Sıralar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <comment>of a new organization</comment>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <comment>tab: the column mapping</comment>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organizations</source>
        <comment>tab: organizations of the file the event does not have</comment>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file and what it holds, then Preview.</source>
        <translation>Faylı və onun məzmununu seçin, sonra «Önbaxış» düyməsini basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of the preview</source>
        <translation>Önbaxışın gedişi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <comment>button: stop reading the file</comment>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the preview</source>
        <translation>Önbaxışı dayandır</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <comment>button: store the rows</comment>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheet to import</source>
        <translation>İdxal ediləcək elektron cədvəl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Elektron cədvəllər (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in {language} ({field})</source>
        <translation>Ad, {language} ({field})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not imported —</source>
        <translation>— idxal edilmir —</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the rows…</source>
        <translation>Sətirlər yoxlanılır…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The preview was stopped; nothing was imported. Preview again to read the whole file.</source>
        <translation>Önbaxış dayandırıldı; heç nə idxal edilmədi. Bütün faylı oxumaq üçün önbaxışı yenidən başladın.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Column {letter} imported as</source>
        <translation>{letter} sütununun idxal sahəsi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} imported as</source>
        <translation>{name} necə idxal edilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <comment>what an unknown organization becomes</comment>
        <translation>— seçin —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match to {name}</source>
        <translation>{name} ilə uyğunlaşdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new organization</source>
        <translation>Yeni təşkilat yarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the organization empty</source>
        <translation>Təşkilatı boş saxla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of the new organization {name}</source>
        <translation>Yeni {name} təşkilatının ölkəsi</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Organizations (%n)</source>
        <comment>tab title: organizations of the file the event lacks</comment>
        <translation>
            <numerusform>Təşkilatlar (%n)</numerusform>
            <numerusform>Təşkilatlar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Problems (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Problemlər (%n)</numerusform>
            <numerusform>Problemlər (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Dəyişikliklər (%n)</numerusform>
            <numerusform>Dəyişikliklər (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>Geri qaytar (Ctrl+Z) bütün idxalı bir addımda geri alır.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) to fix first; nothing will be imported until the file or the mapping is right.</source>
        <translation>
            <numerusform>Əvvəlcə düzəldilməli %n problem var; fayl və ya uyğunlaşdırma düzgün olmayana qədər heç nə idxal edilməyəcək.</numerusform>
            <numerusform>Əvvəlcə düzəldilməli %n problem var; fayl və ya uyğunlaşdırma düzgün olmayana qədər heç nə idxal edilməyəcək.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n düzgün sıranı</numerusform>
            <numerusform>%n düzgün sıranı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n xətalı sıranı</numerusform>
            <numerusform>%n xətalı sıranı</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import {good}, skip {bad}</source>
        <translation>{good} idxal et, {bad} burax</translation>
    </message>
    <message numerus="yes">
        <location line="-183"/>
        <source>Reading the file: %n row(s)</source>
        <translation>
            <numerusform>Fayl oxunur: %n sətir</numerusform>
            <numerusform>Fayl oxunur: %n sətir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Imported {file}: {summary}</source>
        <translation>{file} idxal edildi: {summary}</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/terminate_dialog.py" line="+26"/>
        <source>Terminate {reference}</source>
        <translation>{reference} sazişinə xitam ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reference}&lt;/b&gt; ends on the day chosen; the register then shows it as terminated. Undo takes the decision back.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; seçilmiş gündə bitir; sonra reyestr onu xitam verilmiş kimi göstərir. Geri qaytar bu qərarı ləğv edir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day it ends</source>
        <translation>Bitdiyi gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the programme was closed by both parties</source>
        <translation>məs. proqram hər iki tərəfin razılığı ilə bağlanıb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on:</source>
        <translation>Bitir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Səbəb:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminate</source>
        <translation>Xitam ver</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/time_field.py" line="+54"/>
        <source>Type 1030, 10:30 or 9 for 09:00; Up and Down move by 5 minutes</source>
        <translation>1030, 10:30 və ya 09:00 üçün 9 yazın; yuxarı və aşağı oxlar vaxtı 5 dəqiqə dəyişir</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline.py" line="+69"/>
        <source>Agenda timeline</source>
        <translation>Gündəliyin zaman şkalası</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a block to move it; drag its bottom edge to change its end; double-click or Enter to edit; Alt+Up/Down moves the selected item, Alt+Shift+Up/Down its end</source>
        <translation>Bloku köçürmək üçün sürüşdürün; sonunu dəyişmək üçün alt kənarını sürüşdürün; redaktə üçün iki dəfə klikləyin və ya Enter basın; Alt+Up/Down seçilmiş bəndi, Alt+Shift+Up/Down isə onun sonunu köçürür</translation>
    </message>
</context>
<context>
    <name>TranslatedField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/translated_field.py" line="+58"/>
        <source>not translated: the {language} text is used</source>
        <comment>placeholder of an empty translation field</comment>
        <translation>tərcümə yoxdur: əsas mətn işlədilir ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type the {language} text first</source>
        <comment>placeholder of a translation field while the main text is empty</comment>
        <translation>əvvəlcə əsas mətni yazın ({language})</translation>
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
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the text in the event&apos;s other languages</source>
        <translation>Mətni tədbirin digər dillərində göstər və ya gizlət</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/translation_commands.py" line="+82"/>
        <source>Translate {text}</source>
        <comment>undo command; text: which text and language, e.g. “Title of Panel discussion” (Kazakh)</comment>
        <translation>Tərcümə: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="-296"/>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{language}: {count} missing</source>
        <extracomment>A language and how many texts have no translation into it.</extracomment>
        <translation>{language}: {count} tərcümə çatışmır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the texts without a {language} translation</source>
        <translation>Tərcüməsi olmayan mətnləri aç ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: all translated</source>
        <translation>{language}: hamısı tərcümə olunub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the translations</source>
        <translation>Tərcümələri aç</translation>
    </message>
</context>
<context>
    <name>TranslationsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/translations_model.py" line="+56"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Gündəlik bəndi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Agreement</source>
        <translation>Saziş</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room name</source>
        <translation>Zalın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Alt başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>Məkanın ünvanı</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{language} (default)</source>
        <comment>the column of the event&apos;s first language: its texts are the default ones</comment>
        <translation>{language} (əsas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default texts, as typed in the forms. Double-click a person, an agenda item or an agreement to open it.</source>
        <translation>Əsas mətnlər, formalarda yazıldığı kimi. Şəxsi, gündəlik bəndini və ya sazişi açmaq üçün iki dəfə klikləyin.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No {language} text yet: type it here</source>
        <translation>Mətn hələ yoxdur ({language}): burada yazın</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topic {number}</source>
        <translation>Mövzu {number}</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
</context>
<context>
    <name>TranslationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/translations_view.py" line="+79"/>
        <source>Translations</source>
        <translation>Tərcümələr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show texts</source>
        <translation>Göstərilən mətnlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every text, or only those still missing a translation</source>
        <translation>Bütün mətnləri və ya yalnız tərcüməsi hələ olmayanları göstər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter texts — any spelling, any script</source>
        <translation>Filtr: hər yazılış və əlifba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter texts</source>
        <translation>Mətnləri filtrlə</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next missing</source>
        <translation>Növbəti tərcüməsiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next missing translation</source>
        <translation>Növbəti çatışmayan tərcüməyə keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next missing translation ({key}); {back_key} goes back</source>
        <translation>Növbəti çatışmayan tərcüməyə keç ({key}); {back_key} geri qaytarır</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Texts and their translations</source>
        <translation>Mətnlər və onların tərcümələri</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All texts</source>
        <translation>Bütün mətnlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing a translation</source>
        <translation>Tərcüməsi çatışmayanlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in {language}</source>
        <translation>Tərcüməsi yoxdur: {language}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Texts: {count} · missing translations: {missing}</source>
        <translation>Mətnlər: {count} · çatışmayan tərcümələr: {missing}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts: {shown} of {count} · missing translations: {missing}</source>
        <translation>Mətnlər: {shown} / {count} · çatışmayan tərcümələr: {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has one language. Add another in the event details to translate its texts.</source>
        <translation>Tədbirin bir dili var. Mətnlərini tərcümə etmək üçün tədbirin məlumatlarında başqa dil əlavə edin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in a highlighted cell, then press Enter or Tab: the text is stored and the next missing one opens.</source>
        <translation>Rənglənmiş xanaya yazın, sonra Enter və ya Tab basın: mətn saxlanılır və növbəti çatışmayan açılır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every text is translated into every language of the event.</source>
        <translation>Bütün mətnlər tədbirin bütün dillərinə tərcümə olunub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has no texts to translate yet.</source>
        <translation>Tədbirdə hələ tərcümə ediləcək mətn yoxdur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text matches “{filter}”.</source>
        <translation>“{filter}” sorğusuna uyğun mətn yoxdur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing: every text is translated.</source>
        <translation>Heç nə çatışmır: bütün mətnlər tərcümə olunub.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every text is translated.</source>
        <translation>Bütün mətnlər tərcümə olunub.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} of “{record}” ({language})</source>
        <translation>“{record}”: {field} ({language})</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../desktop_app/ui/context.py" line="+75"/>
        <source>Updated with changes made elsewhere</source>
        <translation>Başqa yerdə edilmiş dəyişikliklərlə yeniləndi</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/verify_dialog.py" line="+42"/>
        <source>Certificate code</source>
        <extracomment>The checks by the names the service gives them.</extracomment>
        <translation>Sertifikat kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached signed copy</source>
        <translation>Əlavə edilmiş imzalı nüsxə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Rəqəmsal imza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification codes in the file</source>
        <translation>Fayldakı yoxlama kodları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Keçdi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Keçmədi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not apply</source>
        <translation>Aid deyil</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+101"/>
        <source>Verify a certificate</source>
        <translation>Sertifikatı yoxla</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>none: the signer is not checked</source>
        <translation>yoxdur: imzalayan yoxlanılmır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust a certificate…</source>
        <translation>Sertifikata etibar et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate (.pem or .cer) as its owner handed it to you</source>
        <translation>İmzalayanın sertifikatı (.pem və ya .cer), sahibinin sizə verdiyi kimi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted signer:</source>
        <translation>Etibarlı imzalayan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Verdict</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted certificate</source>
        <translation>Etibarlı sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikatlar (*.pem *.crt *.cer *.der);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file could not be checked.</source>
        <translation>Faylı yoxlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verified: {summary}</source>
        <translation>Təsdiqləndi: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: {summary}</source>
        <translation>Təsdiqlənmədi: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no check applies to this file</source>
        <translation>bu fayla heç bir yoxlama aid deyil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF faylları (*.pdf);;Bütün fayllar (*)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/versions_dialog.py" line="+49"/>
        <source>Published versions</source>
        <comment>window title</comment>
        <translation>Dərc edilmiş versiyalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Dərc edilib</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published versions</source>
        <translation>Dərc edilmiş versiyalar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Gündəlik bəndi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Nə dəyişib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>İndi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the selected version</source>
        <translation>Seçilmiş versiyadan sonrakı dəyişikliklər</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Publish version…</source>
        <translation>Versiyanı dərc et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print change notice…</source>
        <translation>Dəyişikliklər haqqında bildirişi çap et…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n dəyişiklik</numerusform>
            <numerusform>%n dəyişiklik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) since {version}:</source>
        <translation>
            <numerusform>{version} versiyasından sonra %n dəyişiklik:</numerusform>
            <numerusform>{version} versiyasından sonra %n dəyişiklik:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No version has been published yet. Publish one to list the changes made after it and to print them as a notice.</source>
        <translation>Hələ heç bir versiya dərc edilməyib. Sonrakı dəyişiklikləri siyahıya almaq və bildiriş kimi çap etmək üçün bir versiya dərc edin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No changes since {version}.</source>
        <translation>{version} versiyasından sonra dəyişiklik yoxdur.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print the change notice to</source>
        <translation>Dəyişikliklər haqqında bildirişin çap ediləcəyi fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing…</source>
        <translation>Çap edilir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the change notice to {file}</source>
        <translation>Dəyişikliklər haqqında bildiriş {file} faylında saxlanıldı</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/welcome_page.py" line="+17"/>
        <source>Welcome</source>
        <translation>Xoş gəlmisiniz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome to Roundtable</source>
        <translation>Roundtable-a xoş gəlmisiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a round table from one place: the programme, the speakers and panels, the agreements and their signing ceremony, and every printed document. Start with one of these:</source>
        <translation>Dəyirmi masanı bir yerdən planlaşdırın: proqram, çıxış edənlər və panellər, sazişlər və onların imzalanma mərasimi, həmçinin bütün çap sənədləri. Bunlardan biri ilə başlayın:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new event…</source>
        <translation>Yeni tədbir yarat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, dates, venue, rooms and languages.</source>
        <translation>Ad, tarixlər, məkan, zallar və dillər.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sample event</source>
        <translation>Nümunə tədbiri aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azerbaijan–Kazakhstan round table at ADA University: 9 agenda items, 40 memoranda.</source>
        <translation>ADA Universitetində Azərbaycan–Qazaxıstan dəyirmi masası: 9 gündəlik bəndi, 40 memorandum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an event file…</source>
        <translation>Tədbir faylını idxal et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Roundtable event file (.json) from a colleague.</source>
        <translation>Həmkarınızdan alınmış Roundtable tədbir faylı (.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {name}</source>
        <translation>Verilənlər bazası: {name}</translation>
    </message>
</context>
</TS>
