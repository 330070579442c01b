<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="+42"/>
        <location line="+1"/>
        <source>About Roundtable</source>
        <translation>О программе Roundtable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roundtable icon</source>
        <translation>Значок Roundtable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roundtable {version}</source>
        <translation>Roundtable {version}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan academic and diplomatic round tables: agendas, speakers, panels, agreements and their signing, and every printed document. Works offline.</source>
        <translation>Планирование академических и дипломатических круглых столов: повестка дня, выступающие, панельные дискуссии, соглашения и их подписание, все печатные документы. Работает без подключения к интернету.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Built with&lt;/b&gt; (all shipped with this copy):</source>
        <translation>&lt;b&gt;Создано с использованием&lt;/b&gt; (все компоненты входят в эту копию):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full licence of every component</source>
        <translation>Полные тексты лицензий всех компонентов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy version information</source>
        <translation>&amp;Копировать сведения о версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a support request: the version and build</source>
        <translation>Для обращения в поддержку: версия и сборка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · {platform}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed from a bundle</source>
        <translation>Установлено из дистрибутива</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as a Python package</source>
        <translation>Запущено как пакет Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build {commit}, {date}</source>
        <translation>Сборка {commit}, {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped components and their licences</source>
        <translation>Входящие в поставку компоненты и их лицензии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
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
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/activity_dialog.py" line="+29"/>
        <source>Activity of {reference}</source>
        <translation>Деятельность по {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit an activity of {reference}</source>
        <translation>Изменить деятельность по {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not counted</source>
        <translation>без количества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From party</source>
        <translation>От стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To party</source>
        <translation>К стороне</translation>
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
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. autumn semester exchange</source>
        <translation>например, обмен в осеннем семестре</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
</context>
<context>
    <name>AgendaBlock</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline_block.py" line="+36"/>
        <location line="+84"/>
        <source>Chair: {name}</source>
        <translation>Председатель: {name}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Speakers: {names}</source>
        <translation>Выступающие: {names}</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agenda_commands.py" line="+98"/>
        <source>Edit “{title}”</source>
        <comment>undo command: edit an agenda item</comment>
        <translation>Изменить «{title}»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add “{title}”</source>
        <comment>undo command: add an agenda item</comment>
        <translation>Добавить «{title}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete “{title}”</source>
        <comment>undo command: delete an agenda item</comment>
        <translation>Удалить «{title}»</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agenda_item_dialog.py" line="+131"/>
        <source>Edit “{title}”</source>
        <translation>Изменить «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agenda item</source>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Title:</source>
        <comment>of the agenda item</comment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <comment>kind of agenda item</comment>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between a start and an end time</comment>
        <translation>до</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ime:</source>
        <translation>Вр&amp;емя:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Speakers:</source>
        <translation>Вы&amp;ступающие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chair</source>
        <comment>a panel without a chair</comment>
        <translation>Без председателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <comment>the person chairing a panel</comment>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair</source>
        <comment>the person chairing a panel</comment>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speakers</source>
        <comment>tab of the agenda item: speakers (and a panel&apos;s chair)</comment>
        <translation>Выступающие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics</source>
        <comment>tab of the agenda item: a panel&apos;s topics</comment>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <comment>tab of the agenda item</comment>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts if saved</source>
        <translation>Конфликты при сохранении</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Speakers in order</source>
        <translation>Выступающие по порядку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person to add as a speaker</source>
        <translation>Персона, добавляемая в выступающие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name to add a speaker…</source>
        <translation>Введите имя выступающего…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <comment>add a speaker</comment>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remo&amp;ve</source>
        <comment>remove a speaker</comment>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove speaker</source>
        <translation>Убрать выступающего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order by &amp;precedence</source>
        <translation>По ста&amp;ршинству</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol order: precedence 1 first, unranked people last</source>
        <translation>Протокольный порядок: сначала старшинство 1, персоны без ранга в конце</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the speaker up</source>
        <translation>Переместить выступающего вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the speaker down</source>
        <translation>Переместить выступающего вниз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>person {number}</source>
        <comment>a person not in the list</comment>
        <translation>персона {number}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Panel topics</source>
        <translation>Темы дискуссии</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add topic</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove topic</source>
        <translation>Убрать тему</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the topic up</source>
        <translation>Переместить тему вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the topic down</source>
        <translation>Переместить тему вниз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected topic</source>
        <translation>Выбранная тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected topic in each language:</source>
        <translation>Выбранная тема на каждом языке:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>is not a time: type 1030, 10:30 or 9 for 09:00</source>
        <translation>это не время: введите 1030, 10:30 или 9 (это 09:00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be after the start ({time})</source>
        <translation>должно быть позже начала ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>names nobody in the list: type part of a name and pick a person</source>
        <comment>the chair field</comment>
        <translation>такого человека нет в списке: введите часть имени и выберите человека</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saved like this, it causes %n conflict(s):</source>
        <translation>
            <numerusform>Если сохранить так, возникнет %n конфликт:</numerusform>
            <numerusform>Если сохранить так, возникнут %n конфликта:</numerusform>
            <numerusform>Если сохранить так, возникнут %n конфликтов:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A speaker was not added</source>
        <translation>Докладчик не добавлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the speaker field but not added. Add {name} as a speaker before saving?</source>
        <translation>«{text}» введено в поле докладчика, но не добавлено. Добавить {name} в докладчики перед сохранением?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Добавить и сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Сохранить без него</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the speaker field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>«{text}» в поле докладчика не соответствует ни одному участнику мероприятия, поэтому не добавлено. Сохранить без него?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Сохранить без него</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agenda_view.py" line="+88"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <comment>show the agenda as a list</comment>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a timeline</source>
        <translation>Показать повестку дня на шкале времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda as a list</source>
        <translation>Показать повестку дня списком</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the agenda ({shortcut})</source>
        <translation>Найти в повестке дня ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, speaker, chair, room or topic, in any case or script</source>
        <translation>Название, выступающий, председатель, зал или тема — в любом регистре и алфавите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the agenda</source>
        <translation>Найти в повестке дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New item…</source>
        <translation>Новый пункт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+407"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New agenda item</source>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit agenda item</source>
        <translation>Изменить пункт повестки дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Delete agenda item</source>
        <translation>Удалить пункт повестки дня</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Drag a block to move it · drag its bottom edge to change the end · double-click to edit · Ctrl+wheel to zoom</source>
        <translation>Перетащите блок, чтобы переместить его · перетащите нижний край, чтобы изменить окончание · двойной щелчок — изменить · Ctrl+колесо мыши — масштаб</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New agenda item…</source>
        <translation>Новый пункт повестки дня…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate agenda item</source>
        <translation>Дублировать пункт повестки дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy of the item right after it</source>
        <translation>Копия пункта сразу после него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate day…</source>
        <translation>Дублировать день…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy every item of this day to another day of the event</source>
        <translation>Скопировать все пункты этого дня в другой день мероприятия</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n item(s)</source>
        <comment>agenda items on a day</comment>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Shift %n item(s) by {minutes} min</source>
        <translation>
            <numerusform>Сдвинуть %n пункт на {minutes} мин</numerusform>
            <numerusform>Сдвинуть %n пункта на {minutes} мин</numerusform>
            <numerusform>Сдвинуть %n пунктов на {minutes} мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Copied %n item(s) to {day}</source>
        <translation>
            <numerusform>%n пункт скопирован в {day}</numerusform>
            <numerusform>%n пункта скопировано в {day}</numerusform>
            <numerusform>%n пунктов скопировано в {day}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Move &quot;{title}&quot; to {time} in {room}</source>
        <translation>Перенести «{title}» на {time}, {room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &quot;{title}&quot; to {time}</source>
        <translation>Перенести «{title}» на {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make &quot;{title}&quot; end at {time}</source>
        <translation>Изменить окончание «{title}» на {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&quot;{title}&quot; and %n more</source>
        <translation>
            <numerusform>«{title}» и еще %n</numerusform>
            <numerusform>«{title}» и еще %n</numerusform>
            <numerusform>«{title}» и еще %n</numerusform>
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
        <translation>«{title}» теперь на {minutes} мин пересекается с {names} ({room}).</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No room left in the day after &quot;{title}&quot; for a copy</source>
        <translation>После «{title}» в этот день нет места для копии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &quot;{title}&quot;</source>
        <translation>Дублировать «{title}»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate day</source>
        <translation>Дублировать день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy every item of {day} to:</source>
        <translation>Скопировать все пункты дня {day} в:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate {day} to {target}</source>
        <translation>Дублировать {day} в {target}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deleted &quot;{title}&quot;. Undo brings it back.</source>
        <translation>Пункт «{title}» удален. Его можно вернуть командой «Отменить действие».</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/agreement_commands.py" line="+41"/>
        <source>Reopen {reference}</source>
        <extracomment>The undo text of a status change, per new status; translated when the command is made.</extracomment>
        <translation>Вернуть {reference} в работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} ready</source>
        <translation>Отметить {reference} как готовое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} signed</source>
        <translation>Отметить {reference} как подписанное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel {reference}</source>
        <translation>Отменить {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark the legal review of {reference} done</source>
        <extracomment>The undo text of a readiness tick, per checklist item and direction.</extracomment>
        <translation>Отметить юридическую экспертизу {reference} как выполненную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the legal review of {reference} not done</source>
        <translation>Снять отметку о юридической экспертизе {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} translated</source>
        <translation>Отметить перевод {reference} как выполненный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} not translated</source>
        <translation>Снять отметку о переводе {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} printed</source>
        <translation>Отметить печать {reference} как выполненную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not printed</source>
        <translation>Снять отметку о печати {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {reference} bound</source>
        <translation>Отметить переплёт {reference} как выполненный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {reference} not bound</source>
        <translation>Снять отметку о переплёте {reference}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit {reference}</source>
        <comment>undo command</comment>
        <translation>Изменить {reference}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add {reference}</source>
        <comment>undo command</comment>
        <translation>Добавить {reference}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete {reference}</source>
        <comment>undo command</comment>
        <translation>Удалить {reference}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Reorder the signing ceremony</source>
        <translation>Изменить порядок церемонии подписания</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renumber the signing ceremony</source>
        <translation>Перенумеровать церемонию подписания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group the signings by signatory</source>
        <translation>Сгруппировать подписания по подписантам</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_details.py" line="+54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness: {step}</source>
        <translation>Готовность: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>Mark ready</source>
        <translation>Статус «Готово»</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Mark signed…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel agreement</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this agreement (it will not be signed)</source>
        <translation>Отменить это соглашение (оно не будет подписано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Back to draft, to change the text</source>
        <translation>Вернуть в статус «Проект», чтобы изменить текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an agreement to see its parties, readiness and status actions.</source>
        <translation>Выберите соглашение, чтобы увидеть его стороны, готовность и действия со статусом.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>— signatory not named —</source>
        <translation>— подписант не указан —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Свидетели:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valid {start} to {end}</source>
        <translation>Действует с {start} по {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages: {languages}</source>
        <translation>Языки: {languages}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned for {time} (no. {order} of the ceremony)</source>
        <translation>Запланировано на {time} (№ {order} в церемонии)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned for {time}</source>
        <translation>Запланировано на {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing order {order}</source>
        <translation>Порядок подписания: {order}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to draft</source>
        <translation>Вернуть в проект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo signing…</source>
        <translation>Отменить подписание…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to ready: the time of signing is removed</source>
        <translation>Вернуть в статус «Готово»: время подписания удаляется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to be signed</source>
        <translation>Готово к подписанию</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="+123"/>
        <source>Edit {reference}</source>
        <translation>Изменить {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreement</source>
        <translation>Новое соглашение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left empty, the agreement is numbered {reference}</source>
        <translation>Если оставить пустым, соглашение получит номер {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference *:</source>
        <comment>* marks a required field</comment>
        <translation>Номер *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind *:</source>
        <comment>kind of agreement; * marks a required field</comment>
        <translation>Вид *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title *:</source>
        <comment>of the agreement; * marks a required field</comment>
        <translation>Название *:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add party</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parties *:</source>
        <comment>* marks a required field</comment>
        <translation>Стороны *:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add witness</source>
        <translation>Добавить свидетеля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <comment>remove the selected witness</comment>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses:</source>
        <translation>Свидетели:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not in a ceremony —</source>
        <translation>— вне церемонии —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at the end</source>
        <comment>signing order: last</comment>
        <translation>в конце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <comment>field name, no colon</comment>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <comment>field name, no colon</comment>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one per party</source>
        <comment>number of original copies</comment>
        <translation>по одному на сторону</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing item:</source>
        <translation>Церемония подписания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order:</source>
        <translation>Порядок подписания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Действует по:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <comment>languages of the agreement&apos;s text</comment>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Originals:</source>
        <comment>number of original signed copies</comment>
        <translation>Оригиналы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement</source>
        <comment>tab: the agreement&apos;s main fields</comment>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties and witnesses</source>
        <translation>Стороны и свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing and validity</source>
        <translation>Подписание и срок действия</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>— choose an organization —</source>
        <translation>— выберите организацию —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not named yet —</source>
        <comment>signatory</comment>
        <translation>— пока не указан —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party {number} organization</source>
        <translation>Сторона {number}: организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party {number} signatory</source>
        <translation>Сторона {number}: подписант</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Party {number}: up</source>
        <translation>Сторона {number}: вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party up</source>
        <translation>Переместить эту сторону вверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: down</source>
        <translation>Сторона {number}: вниз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move this party down</source>
        <translation>Переместить эту сторону вниз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party {number}: remove</source>
        <translation>Сторона {number}: убрать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this party</source>
        <translation>Убрать эту сторону</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A witness was not added</source>
        <translation>Свидетель не добавлен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is typed in the witness field but not added. Add {name} as a witness before saving?</source>
        <translation>«{text}» введено в поле свидетеля, но не добавлено. Добавить {name} в свидетели перед сохранением?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add and save</source>
        <translation>Добавить и сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without them</source>
        <translation>Сохранить без него</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“{text}” in the witness field matches nobody of the event, so it is not added. Save without it?</source>
        <translation>«{text}» в поле свидетеля не соответствует ни одному участнику мероприятия, поэтому не добавлено. Сохранить без него?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without it</source>
        <translation>Сохранить без него</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>“{reference}” is already used by another agreement</source>
        <translation>Номер «{reference}» уже используется другим соглашением</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>party {number}: pick from the list</source>
        <translation>сторона {number}: выберите из списка</translation>
    </message>
</context>
<context>
    <name>AgreementFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreement_filters.py" line="+31"/>
        <source>Filter by reference, title, party or signatory</source>
        <translation>Фильтр по номеру, названию, стороне или подписанту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter agreements</source>
        <translation>Фильтр соглашений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country filter</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University filter</source>
        <translation>Фильтр по университету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>All universities</source>
        <translation>Все университеты</translation>
    </message>
</context>
<context>
    <name>AgreementsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+61"/>
        <source>complete</source>
        <comment>all readiness steps are done</comment>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total}</source>
        <comment>readiness steps done</comment>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— not named —</source>
        <comment>a party whose signatory is not chosen yet</comment>
        <translation>— не указан —</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/agreements_view.py" line="+81"/>
        <location line="+25"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New agreement…</source>
        <translation>Новое соглашение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+313"/>
        <source>Signing ceremony planner…</source>
        <translation>Планировщик церемонии подписания…</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Signing ceremony planner</source>
        <translation>Планировщик церемонии подписания</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>first %n agreement(s) · loading…</source>
        <translation>
            <numerusform>первые %n соглашение · загрузка…</numerusform>
            <numerusform>первые %n соглашения · загрузка…</numerusform>
            <numerusform>первые %n соглашений · загрузка…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n agreement(s)</source>
        <translation>
            <numerusform>{shown} из %n соглашения</numerusform>
            <numerusform>{shown} из %n соглашений</numerusform>
            <numerusform>{shown} из %n соглашений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · {signed} signed</source>
        <comment>agreements shown; how many of them are signed</comment>
        <translation>{count} · подписано: {signed}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Undo the signing?</source>
        <translation>Отменить подписание?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reference} is recorded as signed. Undo the signing? It goes back to ready and its time of signing is removed.</source>
        <translation>{reference} записано как подписанное. Отменить подписание? Соглашение вернётся в статус «Готово», время подписания будет удалено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo signing</source>
        <translation>Отменить подписание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark ready?</source>
        <translation>Присвоить статус «Готово»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it ready anyway? Missing:</source>
        <translation>Список готовности {reference} не заполнен. Всё равно присвоить статус «Готово»? Не хватает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark ready</source>
        <translation>Статус «Готово»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark signed?</source>
        <translation>Отметить как подписанное?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The readiness checklist of {reference} is not complete. Mark it signed anyway? Missing:</source>
        <translation>Список готовности {reference} не заполнен. Всё равно отметить как подписанное? Не хватает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark signed</source>
        <translation>Подписать</translation>
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
        <translation>{reference} удалено — отмена действия вернет его</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/bar_chart.py" line="+21"/>
        <source>Nothing to show yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Столбчатая диаграмма</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n others</source>
        <comment>the bars not shown, summed up</comment>
        <translation>
            <numerusform>прочие (%n)</numerusform>
            <numerusform>прочие (%n)</numerusform>
            <numerusform>прочие (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CeremonyModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+113"/>
        <source>Clash: {clashes}</source>
        <translation>Накладка: {clashes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clash</source>
        <translation>Без накладок</translation>
    </message>
</context>
<context>
    <name>CeremonyPlannerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/ceremony_planner.py" line="+52"/>
        <source>Signing ceremony planner</source>
        <translation>Планировщик церемонии подписания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing item</source>
        <translation>Церемония подписания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes per signing</source>
        <translation>Минут на подписание</translation>
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
        <translation>Поровну</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signings in order</source>
        <translation>Подписания по порядку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a signing to open its agreement</source>
        <translation>Дважды щелкните подписание, чтобы открыть соглашение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber</source>
        <translation>Перенумеровать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close gaps and repeats: orders become 1, 2, 3 …</source>
        <translation>Убрать пропуски и повторы: номера станут 1, 2, 3 …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by signatory</source>
        <translation>Группировать по подписантам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder so that each busy signatory signs a run of agreements in a row</source>
        <translation>Изменить порядок так, чтобы каждый занятый подписант подписывал свои соглашения подряд</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan notices</source>
        <translation>Замечания к плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <comment>button: close the window</comment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing item:</source>
        <translation>Церемония подписания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each signing takes:</source>
        <translation>Каждое подписание занимает:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a row to change the order. Rows with ⚠ need a signatory who is due elsewhere at that time (hover for details).</source>
        <translation>Перетащите строку, чтобы изменить порядок. В строках с ⚠ подписант в это время должен быть в другом месте (наведите указатель, чтобы узнать подробности).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The event has no signing item yet: add one in the Agenda.</source>
        <translation>В мероприятии пока нет церемонии подписания: добавьте ее в повестку дня.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n minute(s)</source>
        <comment>length of the signing item</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signing(s)</source>
        <translation>
            <numerusform>%n подписание</numerusform>
            <numerusform>%n подписания</numerusform>
            <numerusform>%n подписаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min each</source>
        <comment>minutes per signing</comment>
        <translation>по {minutes} мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The plan runs until {end}, past the end of the item ({item_end}). Shorten the signings or extend the item.</source>
        <translation>⚠ План длится до {end}, дольше окончания церемонии ({item_end}). Сократите время подписаний или продлите церемонию.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ %n signing(s) need(s) a signatory who is due elsewhere at that time.</source>
        <translation>
            <numerusform>⚠ %n подписание требует подписанта, который в это время занят в другом месте.</numerusform>
            <numerusform>⚠ %n подписания требуют подписантов, которые в это время заняты в другом месте.</numerusform>
            <numerusform>⚠ %n подписаний требуют подписантов, которые в это время заняты в другом месте.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Signings grouped by signatory</source>
        <translation>Подписания сгруппированы по подписантам</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/documents_view.py" line="+59"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda with speakers, for guests and the press</source>
        <translation>Повестка дня с выступающими, для гостей и прессы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificates</source>
        <translation>Свидетельства о подписании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page per signed agreement, with a QR code</source>
        <translation>По странице на каждое подписанное соглашение, с QR-кодом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing register</source>
        <translation>Реестр подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every agreement, its parties and signatories</source>
        <translation>Все соглашения, их стороны и подписанты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony run sheet</source>
        <translation>Сценарий церемонии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-by-minute plan for the protocol team</source>
        <translation>Поминутный план для протокольной службы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges for every participant</source>
        <translation>Бейджи для всех участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place cards</source>
        <translation>Именные карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folded table cards with names</source>
        <translation>Складные настольные карточки с именами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating chart</source>
        <translation>Схема рассадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each table to scale, with an index of people</source>
        <translation>Каждый стол в масштабе, с указателем участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag placement</source>
        <translation>Расстановка флагов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each national flag stands, as the audience sees it</source>
        <translation>Где стоит каждый государственный флаг, если смотреть из зала</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate document</source>
        <translation>Сформировать документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel generation</source>
        <translation>Отменить формирование</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language:</source>
        <translation>Второй язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table:</source>
        <translation>Стол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature:</source>
        <translation>Электронная подпись:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+264"/>
        <source>No document yet: choose one and press Generate.</source>
        <translation>Документа пока нет: выберите документ и нажмите «Сформировать».</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <comment>before the page number, with a space</comment>
        <translation>Страница </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The event changed since this document was generated: generate it again to include the changes.</source>
        <translation>Мероприятие изменилось после формирования документа: сформируйте его заново, чтобы учесть изменения.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Generating…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} of {total}</source>
        <comment>progress of a document</comment>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> of {pages}</source>
        <comment>after the page number, with a space</comment>
        <translation> из {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{document} · %n page(s)</source>
        <translation>
            <numerusform>{document} · %n страница</numerusform>
            <numerusform>{document} · %n страницы</numerusform>
            <numerusform>{document} · %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Generated %n page(s)</source>
        <translation>
            <numerusform>Сформирована %n страница</numerusform>
            <numerusform>Сформированы %n страницы</numerusform>
            <numerusform>Сформировано %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n text(s) has/have no {language} translation; printed in the default.</source>
        <translation>
            <numerusform>{language}: %n текст без перевода; напечатан основной текст.</numerusform>
            <numerusform>{language}: %n текста без перевода; напечатаны основные тексты.</numerusform>
            <numerusform>{language}: %n текстов без перевода; напечатаны основные тексты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>На принтер отправлена %n страница</numerusform>
            <numerusform>На принтер отправлены %n страницы</numerusform>
            <numerusform>На принтер отправлено %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Signed by {signer}.</source>
        <translation>Подписано: {signer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready. Save it as PDF or print it.</source>
        <translation>Готово. Сохраните документ в PDF или напечатайте его.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be generated.</source>
        <translation>Не удалось сформировать документ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save &quot;{file}&quot;: {reason}</source>
        <translation>Не удалось сохранить «{file}»: {reason}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Print document…</source>
        <translation>&amp;Печать документа…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save document as PDF…</source>
        <translation>Сохранить документ как PDF…</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the event languages</source>
        <translation>Написания на языках мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Протокольное старшинство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Залы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>Церемония подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>Порядок подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Оригиналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue country</source>
        <translation>Страна проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hosts</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file</source>
        <translation>Выходной файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since version</source>
        <translation>С версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until version</source>
        <translation>До версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years valid</source>
        <translation>Срок действия (лет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>Тип ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on</source>
        <translation>Дата расторжения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>Срок уведомления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location line="-273"/>
        <source>is required</source>
        <extracomment>Every template the rules in ``desktop_app/domain`` and ``desktop_app/services`` use.</extracomment>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a valid id (1-64 letters, digits, - _ .)</source>
        <translation>«{value}» — недопустимый идентификатор (1-64 буквы, цифры, - _ .)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a two-letter country code (ISO 3166-1, e.g. AZ)</source>
        <translation>«{value}» — не двухбуквенный код страны (ISO 3166-1, например AZ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of {choices}</source>
        <translation>«{value}» не входит в список: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{tag}&quot; is not a language tag (e.g. az)</source>
        <translation>«{tag}» — не языковой тег (например, az)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least 1, got {value}</source>
        <translation>должно быть не меньше 1, указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a known time zone (e.g. Asia/Baku)</source>
        <translation>«{value}» — неизвестный часовой пояс (например, Asia/Baku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the start ({start})</source>
        <translation>должно быть позже начала ({start})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be within the event ({first_day} to {last_day})</source>
        <translation>должно быть в пределах дат мероприятия (с {first_day} по {last_day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a control character ({character}) at position {position}</source>
        <translation>содержит управляющий символ ({character}) в позиции {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>длина {length} символов; допустимо не больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most {limit}, got {value}</source>
        <translation>должно быть не больше {limit}, указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be in the years {first} to {last}, got {value}</source>
        <translation>должно быть в пределах {first}–{last} годов, указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event lasts {days} days; the limit is {limit}</source>
        <translation>мероприятие длится {days} дн.; допустимо не больше {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a room of this event</source>
        <translation>не является залом этого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a person of this event</source>
        <translation>не является персоной этого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists a person twice</source>
        <translation>содержит одну персону дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another item</source>
        <translation>«{value}» уже используется другим пунктом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would fall outside the day</source>
        <translation>выходит за пределы дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shifting it would move it outside the day</source>
        <translation>при сдвиге пункт выйдет за пределы дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 2 parties are needed</source>
        <translation>нужны как минимум 2 стороны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when status is &quot;{status}&quot;</source>
        <translation>обязательно при статусе «{status}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be empty when status is &quot;{status}&quot;</source>
        <translation>должно быть пустым при статусе «{status}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a time zone offset</source>
        <translation>требуется смещение часового пояса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after valid from ({valid_from})</source>
        <translation>должно быть позже даты начала действия ({valid_from})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another agreement</source>
        <translation>«{value}» уже используется другим соглашением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an organization of this event</source>
        <translation>не является организацией этого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agenda item of this event</source>
        <translation>не является пунктом повестки дня этого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; is not a signing item</source>
        <translation>«{title}» — не церемония подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot change from &quot;{current}&quot; to &quot;{target}&quot; (allowed: {allowed})</source>
        <translation>нельзя изменить статус «{current}» на «{target}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new order leaves out agreements of this ceremony</source>
        <translation>в новом порядке пропущены соглашения этой церемонии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lists an agreement twice</source>
        <translation>содержит одно соглашение дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agreement of this event</source>
        <translation>не является соглашением этого мероприятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из значений: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a file name ending in .pdf</source>
        <translation>должно быть именем файла с расширением .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder &quot;{folder}&quot; does not exist</source>
        <translation>папка «{folder}» не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file name</source>
        <translation>это папка, а не имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} languages, got {count}</source>
        <translation>{document}: допустимо языков не более {limit}, указано {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document}: at most {limit} language, got {count}</source>
        <translation>{document}: допустимо языков не более {limit}, указано {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only certificates can be limited to some agreements</source>
        <translation>ограничить набор соглашений можно только для свидетельств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be limited to an agenda item</source>
        <translation>ограничить одним пунктом повестки дня можно только {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the programme can leave draft agreements out</source>
        <translation>исключить проекты соглашений можно только из программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {choices} can be signed</source>
        <translation>подписать можно только {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 1 to 10 years</source>
        <translation>должно быть от 1 до 10 лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {count} characters</source>
        <translation>должна быть не короче {count} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a PKCS#12 key file</source>
        <translation>не является файлом ключа PKCS#12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for the key file</source>
        <translation>неверный пароль файла ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no private key and certificate to sign with</source>
        <translation>не содержит закрытого ключа и сертификата для подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its certificate is valid from {start} to {end} only</source>
        <translation>его сертификат действителен только с {start} по {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a certificate (PEM or DER)</source>
        <translation>не является сертификатом (PEM или DER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most {limit} characters</source>
        <translation>должно быть не длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one line of text</source>
        <translation>должно быть одной строкой текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already the name of a published version</source>
        <translation>«{value}» — уже название опубликованной версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version has been published yet</source>
        <translation>ещё не опубликовано ни одной версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version &quot;{value}&quot; has been published (published: {names})</source>
        <translation>версия «{value}» не опубликована (опубликованы: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a version published after {since}</source>
        <translation>должна быть версией, опубликованной после {since}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{tag}&quot; is not a supported language; choose from {choices}</source>
        <translation>«{tag}» — неподдерживаемый язык; выберите из: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be before the start ({start})</source>
        <translation>не может быть раньше начала ({start})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one room is needed</source>
        <translation>нужен хотя бы один зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one language is needed</source>
        <translation>нужен хотя бы один язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{room}&quot; still has {count} agenda item(s); move them first</source>
        <translation>в зале «{room}» еще есть пункты повестки дня ({count}); сначала перенесите их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event with id &quot;{value}&quot; already exists</source>
        <translation>мероприятие с идентификатором «{value}» уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{title}&quot; would fall outside the new dates</source>
        <translation>«{title}» окажется за пределами новых дат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is already used by another person</source>
        <translation>«{value}» уже используется другой персоной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is already used by another organization</source>
        <translation>«{value}» уже используется другой организацией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not a translatable text; choose from {choices}</source>
        <translation>«{value}» — не переводимый текст; выберите из: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not one of the event&apos;s languages ({choices})</source>
        <translation>«{value}» — не язык мероприятия ({choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is the language of the default text; edit that in the record&apos;s form</source>
        <translation>«{value}» — язык основного текста; измените его в форме записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no default text to translate</source>
        <translation>нет основного текста для перевода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a signed agreement can be terminated</source>
        <translation>расторгнуть можно только подписанное соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be before the signing ({signed})</source>
        <translation>не может быть раньше подписания ({signed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a party to the agreement</source>
        <translation>не является стороной соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be another party than the one it is from</source>
        <translation>должна быть другой стороной, не той, от которой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{name}&quot; is {size} MB; a file can be attached up to {limit} MB (split the scan or save it at a lower resolution)</source>
        <translation>«{name}» занимает {size} МБ; прикрепить можно файл до {limit} МБ (разделите скан или сохраните его с меньшим разрешением)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be zero or more days, got {value}</source>
        <translation>должно быть не меньше нуля дней, указано: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is in {count} events; name it as EVENT/REF: {choices}</source>
        <translation>«{value}» есть в нескольких мероприятиях ({count}); укажите его как МЕРОПРИЯТИЕ/НОМЕР: {choices}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a signed agreement can be renewed</source>
        <translation>продлить можно только подписанное соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a terminated agreement cannot be renewed</source>
        <translation>расторгнутое соглашение нельзя продлить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is already renewed by {reference}</source>
        <translation>уже продлено соглашением {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is already attached as &quot;{name}&quot;</source>
        <translation>этот файл уже прикреплён как «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a year such as 2025</source>
        <translation>не год вида 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to verify ({size} MB)</source>
        <translation>слишком велик для проверки ({size} МБ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seat {seat} is not a seat of {layout} ({count} seats)</source>
        <translation>места {seat} нет в схеме {layout} (мест: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: rows need at least 1 row of 1 seat</source>
        <translation>схема «{spec}»: нужен хотя бы 1 ряд из 1 места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot;: more than {maximum} seats</source>
        <translation>схема «{spec}»: больше {maximum} мест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout &quot;{spec}&quot; is not valid: use round:N, rect:N, u:N, head:N+rows:RxC or signing:N</source>
        <translation>схема «{spec}» недопустима: укажите round:N, rect:N, u:N, head:N+rows:RxC или signing:N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout &quot;{spec}&quot;: a {kind} layout takes {minimum} to {maximum} seats, not {count}</source>
        <translation>схема «{spec}»: в схеме {kind} от {minimum} до {maximum} мест, а не {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule &quot;{rule}&quot; is not valid: use precedence, facing or alphabetical</source>
        <translation>правило «{rule}» недопустимо: выберите precedence, facing или alphabetical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seat missing: {layout} has {free} free seats for {people} people</source>
        <translation>не хватает мест: {missing}; в схеме {layout} свободных мест: {free}, участников: {people}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{missing} seats missing: {layout} has {free} free seats for {people} people</source>
        <translation>не хватает мест: {missing}; в схеме {layout} свободных мест: {free}, участников: {people}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the facing rule needs two sides facing each other: use round:N or rect:N, not {layout}</source>
        <translation>для правила «друг напротив друга» нужны две стороны стола лицом друг к другу: выберите round:N или rect:N, а не {layout}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seat {seat} is locked but {layout} has {count} seats: unlock it first</source>
        <translation>место {seat} закреплено, а в схеме {layout} мест: {count}; сначала открепите его</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a seat is listed twice: {seats}</source>
        <translation>место указано дважды: {seats}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seat {seat} is locked: unlock it first</source>
        <translation>место {seat} закреплено: сначала открепите его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} &quot;{key}&quot; not found</source>
        <extracomment>The generic errors&apos; own templates: used as they are for a record kind not listed in ``RECORD_MESSAGES`` (``{what}`` then stays the English key).</extracomment>
        <translation>{what} «{key}»: не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>{what} «{key}»: изменено другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} &quot;{key}&quot; is still referenced: {references}</source>
        <translation>{what} «{key}»: еще есть ссылки: {references}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>speaker in &quot;{title}&quot;</source>
        <translation>докладчик в пункте «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair of &quot;{title}&quot;</source>
        <translation>председатель в пункте «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory of {reference}</source>
        <translation>подписант соглашения {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness of {reference}</source>
        <translation>свидетель соглашения {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party to {reference}</source>
        <translation>сторона соглашения {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization of {name}</source>
        <translation>организация персоны {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host of the event</source>
        <translation>организатор мероприятия</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event &quot;{key}&quot; not found</source>
        <extracomment>The generic errors as whole sentences per record kind (``what``), so a translator can make the words agree (a missing &quot;event&quot; and a missing &quot;person&quot; differ in gender).</extracomment>
        <translation>мероприятие «{key}» не найдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; not found</source>
        <translation>персона «{key}» не найдена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; not found</source>
        <translation>организация «{key}» не найдена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agenda item &quot;{key}&quot; not found</source>
        <translation>пункт повестки дня «{key}» не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement &quot;{key}&quot; not found</source>
        <translation>соглашение «{key}» не найдено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>мероприятие «{key}» изменено другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>персона «{key}» изменена другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>организация «{key}» изменена другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda item &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>пункт повестки дня «{key}» изменен другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>соглашение «{key}» изменено другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seating plan &quot;{key}&quot; not found</source>
        <translation>план рассадки «{key}» не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seating plan &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>план рассадки «{key}» изменён другим пользователем; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attached file &quot;{key}&quot; not found</source>
        <translation>прикреплённый файл «{key}» не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; not found</source>
        <translation>деятельность «{key}» не найдена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity &quot;{key}&quot; was changed by someone else; reload it and try again</source>
        <translation>деятельность «{key}» изменил кто-то другой; загрузите её заново и повторите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>person &quot;{key}&quot; is still referenced: {references}</source>
        <translation>на персону «{key}» еще есть ссылки: {references}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{key}&quot; is still referenced: {references}</source>
        <translation>на организацию «{key}» еще есть ссылки: {references}</translation>
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
        <translation>не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date; write YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>не дата; введите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date and time; write e.g. 2025-03-04 12:35 (the event&apos;s time) or 2025-03-04T12:35:00+04:00</source>
        <translation>не дата и время; введите, например, 2025-03-04 12:35 (время мероприятия) или 2025-03-04T12:35:00+04:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from row {row} (&quot;{value}&quot;) for the same {what}{hint}</source>
        <translation>отличается от строки {row} («{value}») для той же записи ({what}){hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {what} has no name</source>
        <translation>нет имени ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches {count} existing records ({listed}); add an id column to say which</source>
        <translation>совпадает с {count} существующими записями ({listed}); добавьте столбец идентификатора, чтобы указать нужную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches several organizations ({keys}); write its id or full name</source>
        <translation>совпадает с несколькими организациями ({keys}); укажите её идентификатор или полное название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an organization of this event; match it to one, create it or leave it empty</source>
        <translation>не организация этого мероприятия: сопоставьте её с одной из них, создайте или оставьте пустой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has a header row but no data rows</source>
        <translation>в файле есть строка заголовков, но нет строк с данными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows} are the same {what} (same name in another spelling or script); merged</source>
        <translation>строки {rows} — одна и та же запись ({what}: то же имя в другом написании или алфавите); объединены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched by id</source>
        <translation>найдено по идентификатору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name</source>
        <translation>найдено по имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations without a kind are stored as universities</source>
        <translation>организации без вида сохраняются как университеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization &quot;{name}&quot; ({country}) is created</source>
        <translation>создаётся организация «{name}» ({country})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} and {second} overlap in {room} on {day}</source>
        <extracomment>The conflict warnings (``domain/conflicts.py``), shown through :func:`translated_warning`.</extracomment>
        <translation>{first} и {second} пересекаются в зале «{room}» {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is in {first} and {second}, which overlap on {day}</source>
        <translation>{name} участвует в {first} и {second}, которые пересекаются {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference}: signatory {name} belongs to {other}, not to the party {party}</source>
        <translation>соглашение {reference}: подписант {name} относится к «{other}», а не к стороне «{party}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {reference} is still a draft but is in the signing item &quot;{title}&quot;</source>
        <translation>соглашение {reference} ещё проект, но включено в пункт подписания «{title}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement {reference} is planned in &quot;{title}&quot;, which is a {kind} item, not a signing</source>
        <translation>соглашение {reference} запланировано в «{title}», а это пункт «{kind}», не подписание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signing item &quot;{title}&quot; has order {order} more than once: {references}</source>
        <translation>в пункте подписания «{title}» порядок {order} встречается несколько раз: {references}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>{problem}; carrying on without a new backup</source>
        <extracomment>The warning shown when a database opened without the backup it should have had (its backups folder could not be written); made in desktop_app/storage (Database.warnings).</extracomment>
        <translation>{problem}; работа продолжается без новой резервной копии</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>is the same organization as party {party}</source>
        <translation>та же организация, что и сторона {party}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>cannot back up &quot;{source}&quot; into &quot;{folder}&quot;: {reason}</source>
        <translation>не удалось создать резервную копию «{source}» в папке «{folder}»: {reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="+40"/>
        <source>… (more problems were found; fix these first)</source>
        <extracomment>Details longer than this many lines are cut in the message box (the log has them all).</extracomment>
        <translation>… (найдены и другие проблемы; сначала исправьте эти)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: {reason} (value: {value})</source>
        <comment>a refused field: its name, why, and the value that was refused</comment>
        <translation>{field}: {reason} (значение: {value})</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The file was not imported: %n problems were found.</source>
        <comment>always more than one problem</comment>
        <translation>
            <numerusform>Файл не импортирован: обнаружена %n проблема.</numerusform>
            <numerusform>Файл не импортирован: обнаружены %n проблемы.</numerusform>
            <numerusform>Файл не импортирован: обнаружено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong ({error}). Your data is safe: every change was already saved.

The details were written to {log_file}.</source>
        <translation>Произошла непредвиденная ошибка ({error}). Ваши данные в безопасности: все изменения уже были сохранены.

Подробности записаны в {log_file}.</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/event_commands.py" line="+20"/>
        <source>Edit event details</source>
        <comment>undo command</comment>
        <translation>Изменить сведения о мероприятии</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/event_dialog.py" line="+70"/>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Event</source>
        <comment>tab of the event form: title, dates, languages</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round table on higher education cooperation</source>
        <comment>example of an event title</comment>
        <translation>Круглый стол по сотрудничеству в сфере высшего образования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <comment>of the event</comment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>по</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <comment>tab of the event form: venue, address, city, country</comment>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <comment>street address of the venue</comment>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO code, e.g. AZ, KZ</source>
        <translation>Двухбуквенный код ISO, например AZ, KZ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <comment>tab of the event form</comment>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, the main one first, e.g. en, az, kk</source>
        <translation>Коды языков, основной первым, например en, az, kk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms and hosts</source>
        <comment>tab of the event form</comment>
        <translation>Залы и организаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms:</source>
        <translation>&amp;Залы:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Hosts:</source>
        <comment>organizations hosting the event</comment>
        <translation>Организа&amp;торы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the organizations hosting the event</source>
        <translation>Отметьте организации, проводящие мероприятие</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create event</source>
        <translation>Создать мероприятие</translation>
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
        <translation>Мест</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s name in {language}</source>
        <translation>Название зала ({language})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main hall</source>
        <comment>default name of a new event&apos;s first room</comment>
        <translation>Главный зал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add room</source>
        <translation>Добавить зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New room</source>
        <translation>Новый зал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove room</source>
        <translation>Убрать зал</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>capacity “{value}” is not a whole number</source>
        <translation>вместимость «{value}» не является целым числом</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/event_session.py" line="+122"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n пункт повестки дня</numerusform>
            <numerusform>%n пункта повестки дня</numerusform>
            <numerusform>%n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n персона</numerusform>
            <numerusform>%n персоны</numerusform>
            <numerusform>%n персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;{title}&quot; with its {items}, {people} and {agreements}?

This cannot be undone. Export the event file first to keep a copy.</source>
        <translation>Удалить мероприятие «{title}» и все его данные: {items}, {people}, {agreements}?

Это действие нельзя отменить. Чтобы сохранить копию, сначала экспортируйте файл мероприятия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Delete the event?</source>
        <translation>Удалить мероприятие?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The event was deleted.</source>
        <translation>Мероприятие удалено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import an event file</source>
        <translation>Импорт файла мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Event files (*.json)</source>
        <translation>Файлы мероприятий (*.json)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;{file}&quot; was not imported: it has %n problem(s). Nothing was stored.</source>
        <translation>
            <numerusform>Файл «{file}» не импортирован: в нем %n проблема. Ничего не сохранено.</numerusform>
            <numerusform>Файл «{file}» не импортирован: в нем %n проблемы. Ничего не сохранено.</numerusform>
            <numerusform>Файл «{file}» не импортирован: в нем %n проблем. Ничего не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import problems</source>
        <translation>Проблемы импорта</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported {file} (%n warning(s))</source>
        <translation>
            <numerusform>Импортирован файл {file} (%n предупреждение)</numerusform>
            <numerusform>Импортирован файл {file} (%n предупреждения)</numerusform>
            <numerusform>Импортирован файл {file} (%n предупреждений)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {file}</source>
        <translation>Импортирован файл {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sample event is already here; opened it.</source>
        <translation>Демонстрационное мероприятие уже есть в базе данных; оно открыто.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the event?</source>
        <translation>Заменить мероприятие?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has an event with the id &quot;{id}&quot;.

Replace it with the one in {file}? This cannot be undone.</source>
        <translation>В базе данных уже есть мероприятие с идентификатором «{id}».

Заменить его мероприятием из {file}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the event file</source>
        <translation>Экспорт файла мероприятия</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the event to {path}</source>
        <translation>Мероприятие экспортировано в {path}</translation>
    </message>
</context>
<context>
    <name>ExpiringLine</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/expiring_line.py" line="+37"/>
        <source>Open the agreements register on them</source>
        <extracomment>The settings key of the notice period, in days (the register view sets it).</extracomment>
        <translation>Открыть реестр соглашений на них</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements expiring within {days} days, in every event: {count}</source>
        <translation>Соглашения, истекающие в течение {days} дн., во всех мероприятиях: {count}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/export_dialog.py" line="+215"/>
        <source>Export &amp;signing records…</source>
        <translation>Экспорт записей о &amp;подписании…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export agenda as i&amp;Calendar…</source>
        <translation>Экспорт пов&amp;естки дня в iCalendar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;conference schedule (frab)…</source>
        <translation>Экспорт расписания конфере&amp;нции (frab)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import people or agreements from a &amp;spreadsheet…</source>
        <translation>Импорт персон или соглашений из &amp;таблицы…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-172"/>
        <source>Signing records (one row per party)</source>
        <extracomment>What can be exported; translated when the combo is filled.</extracomment>
        <translation>Записи о подписании (по строке на сторону)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda as a calendar (iCalendar)</source>
        <translation>Повестка дня как календарь (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference schedule (frab / C3VOC)</source>
        <translation>Расписание конференции (frab / C3VOC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook</source>
        <extracomment>The file formats&apos; names (``FileFormat.label`` of the services), per export and suffix, for the format list and the file dialog&apos;s filter in the interface language.</extracomment>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8</source>
        <translation>CSV, UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON signing records</source>
        <translation>Записи о подписании в JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule XML</source>
        <translation>Расписание frab/C3VOC в XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frab/C3VOC schedule JSON</source>
        <translation>Расписание frab/C3VOC в JSON</translation>
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
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <comment>file format</comment>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <comment>the language the exported names are written in</comment>
        <translation>Язык</translation>
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
        <translation>Выбрать…</translation>
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
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Names in:</source>
        <comment>the language names are written in</comment>
        <translation>Язык имен:</translation>
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
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Texts in:</source>
        <comment>the language the calendar&apos;s or schedule&apos;s titles, rooms and names are written in</comment>
        <translation>Язык текстов:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name must end in .{suffix}.</source>
        <translation>Имя файла должно оканчиваться на .{suffix}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported {what} to {file}</source>
        <translation>{what}: экспортировано в {file}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/feedback.py" line="+38"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/field_errors.py" line="+145"/>
        <source>Problem with {field}</source>
        <translation>Проблема в поле «{field}»</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="+80"/>
        <source>Name in {language}:</source>
        <translation>Написание — {language}:</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+21"/>
        <source>Problem with {field}</source>
        <comment>screen reader name of a field&apos;s error</comment>
        <translation>Проблема в поле «{field}»</translation>
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
        <translation>Импорт {file}</translation>
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
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>Протокольное старшинство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing order</source>
        <translation>Порядок подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals</source>
        <translation>Оригиналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party number</source>
        <translation>Номер стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties (list)</source>
        <translation>Стороны (список)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (list)</source>
        <translation>Подписанты (список)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Party {number}</source>
        <translation>Сторона {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory {number}</source>
        <translation>Подписант {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in {language}</source>
        <translation>Написание — {language}</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_messages.py" line="+36"/>
        <source>(empty)</source>
        <comment>no value</comment>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}, column {column} “{header}”</source>
        <translation>строка {row}, столбец {column} «{header}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}, field “{field}”</source>
        <translation>строка {row}, поле «{field}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column {column} “{header}”</source>
        <translation>столбец {column} «{header}»</translation>
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
        <translation>строки {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rows {rows}</source>
        <comment>several rows</comment>
        <translation>строк {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create “{key}” ({label}) from {rows}</source>
        <translation>создать «{key}» ({label}) из {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update “{key}” ({label}) from {rows}</source>
        <translation>обновить «{key}» ({label}) из {rows}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{key}” ({label}) unchanged, {rows}</source>
        <translation>«{key}» ({label}) без изменений, {rows}</translation>
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
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>пропущена %n ошибочная строка</numerusform>
            <numerusform>пропущены %n ошибочные строки</numerusform>
            <numerusform>пропущено %n ошибочных строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{rows}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{rows}: создано {created}, обновлено {updated}, без изменений {unchanged}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows}: {created} to be created, {updated} to be updated, {unchanged} unchanged</source>
        <translation>{rows}: будет создано {created}, обновлено {updated}, без изменений {unchanged}</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/info_bar.py" line="+17"/>
        <source>Suggestion</source>
        <translation>Совет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss suggestion</source>
        <translation>Скрыть совет</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/form_support.py" line="-126"/>
        <source>English</source>
        <extracomment>Names of the event languages, in English; shown through ``language_label``, which translates them at use time (the translator is not installed at import time).</extracomment>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <translation>Киргизский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgian</source>
        <translation>Грузинский</translation>
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
        <translation>Каталог интерфейса для языка {language} отсутствует в этой установке; окно остаётся на английском.</translation>
    </message>
</context>
<context>
    <name>LayoutControls</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+39"/>
        <source>Layout</source>
        <extracomment>The user changed the layout or the rule.</extracomment>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seats at the table</source>
        <translation>Мест за столом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Ряды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row</source>
        <translation>Мест в ряду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Рядов:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place by rule</source>
        <translation>Рассадить по правилу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat everyone by the rule at this layout and store the plan; locked seats stay as they are</source>
        <translation>Рассадить всех по правилу в этой схеме и сохранить план; закреплённые места не меняются</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout:</source>
        <translation>Схема:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/licences_dialog.py" line="+32"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No licence information is installed.</source>
        <translation>Сведения о лицензиях не установлены.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is distributed under {licence}.</source>
        <translation>{name} распространяется на условиях лицензии {licence}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+50"/>
        <source>Overview</source>
        <extracomment>(module under desktop_app.ui.views, class name, title) in navigation order. The title is English here (it names the view&apos;s id); it is shown through ``view_title``.</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating</source>
        <translation>Рассадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Event</source>
        <comment>toolbar name</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event:</source>
        <comment>label of the event switcher</comment>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open event</source>
        <translation>Открыть мероприятие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event details</source>
        <translation>Изменить сведения о мероприятии</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;New event…</source>
        <translation>&amp;Создать мероприятие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open or switch event…</source>
        <translation>&amp;Открыть или переключить мероприятие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event details…</source>
        <translation>&amp;Изменить сведения о мероприятии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import event file…</source>
        <translation>И&amp;мпорт файла мероприятия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport event file…</source>
        <translation>&amp;Экспорт файла мероприятия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish version…</source>
        <translation>&amp;Опубликовать версию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the programme as it is now, to list and print the changes made after it</source>
        <translation>Сохранить программу в нынешнем виде, чтобы затем перечислить и напечатать изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published &amp;versions…</source>
        <translation>Опубликованные &amp;версии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;sample event</source>
        <translation>Открыть &amp;демонстрационное мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete event…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the interface language and the colours</source>
        <translation>Выбор языка интерфейса и цветов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Проверить свидетельство…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a signed certificate or register (PDF): its signature and its codes</source>
        <translation>Проверить подписанное свидетельство или реестр (PDF): подпись и коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Roundtable</source>
        <translation>&amp;О программе Roundtable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflict warnings: open the overview</source>
        <translation>Предупреждения о конфликтах: открыть обзор</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cannot open {kind} {key} in this version</source>
        <translation>В этой версии нельзя открыть {kind} {key}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking for conflicts…</source>
        <translation>Проверка конфликтов…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings</source>
        <translation>Нет предупреждений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the overview to see the warnings</source>
        <translation>Откройте обзор, чтобы увидеть предупреждения</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Warning: {warning}</source>
        <translation>Предупреждение: {warning}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+66"/>
        <source>What to do next</source>
        <translation>Что сделать дальше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the rooms</source>
        <translation>Добавьте залы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event… › Rooms and hosts</source>
        <translation>Изменить мероприятие… › Залы и организаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the organizations</source>
        <translation>Добавьте организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The universities, ministries and embassies taking part</source>
        <translation>Участвующие университеты, министерства и посольства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the people</source>
        <translation>Добавьте персоны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers, chairs, signatories and guests</source>
        <translation>Докладчики, председатели, подписанты и гости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the agenda</source>
        <translation>Составьте повестку дня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items on the timeline, day by day</source>
        <translation>Пункты на шкале времени, день за днём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the agreements</source>
        <translation>Добавьте соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be signed, by whom</source>
        <translation>Что будет подписано и кем</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/agreement_dialog.py" line="-376"/>
        <source>set</source>
        <comment>checkbox before an optional date: the date is given</comment>
        <translation>указать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to leave the date open</source>
        <translation>Снимите отметку, чтобы оставить дату открытой</translation>
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
        <translation>Министерство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ADA, BSU, KazNU …</source>
        <comment>examples of short names of universities</comment>
        <translation>ADA, БГУ, КазНУ …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two letters (ISO 3166), e.g. AZ, KZ, UZ</source>
        <translation>Две буквы (ISO 3166), например AZ, KZ, UZ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *:</source>
        <comment>* marks a required field</comment>
        <translation>Название *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>Краткое название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as the name above</source>
        <translation>совпадает с названием выше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind *:</source>
        <comment>kind of organization; * marks a required field</comment>
        <translation>Вид *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country *:</source>
        <comment>* marks a required field</comment>
        <translation>Страна *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City:</source>
        <translation>Город:</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <comment>group of kind, country, city, website</comment>
        <translation>Сведения</translation>
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
        <translation>Министерство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>OrganizationsTable</name>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Другие написания</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/organizations_view.py" line="+40"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations — any spelling, any script</source>
        <translation>Фильтр (любой алфавит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter organizations</source>
        <translation>Фильтр организаций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organization</source>
        <translation>Изменить организацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Delete organization</source>
        <translation>Удалить организацию</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No organizations yet.
Use “New organization…” to add one.</source>
        <translation>Организаций пока нет.
Чтобы добавить организацию, выберите «Новая организация…».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organizations match “{filter}”.</source>
        <translation>Нет организаций, соответствующих «{filter}».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n organization(s)</source>
        <translation>
            <numerusform>{shown} из %n организации</numerusform>
            <numerusform>{shown} из %n организаций</numerusform>
            <numerusform>{shown} из %n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>first %n organization(s) · loading…</source>
        <translation>
            <numerusform>первые %n организация · загрузка…</numerusform>
            <numerusform>первые %n организации · загрузка…</numerusform>
            <numerusform>первые %n организаций · загрузка…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>{name} is a party to %n agreement(s). Remove it from it/them (or delete it/them) first.</source>
        <translation>
            <numerusform>{name} — сторона %n соглашения. Сначала уберите организацию из него (или удалите его).</numerusform>
            <numerusform>{name} — сторона %n соглашений. Сначала уберите организацию из них (или удалите их).</numerusform>
            <numerusform>{name} — сторона %n соглашений. Сначала уберите организацию из них (или удалите их).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Added {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot delete</source>
        <translation>Удаление невозможно</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is referred to. Delete anyway? Its people will have no organization (Undo puts everything back).</source>
        <translation>На организацию {name} есть ссылки. Все равно удалить? Ее персоны останутся без организации (отмена действия восстановит данные).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {name} — Undo restores it</source>
        <translation>Удалено: {name} — отмена действия вернет запись</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+48"/>
        <source>Event facts</source>
        <translation>Сведения о мероприятии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <comment>caption under their number</comment>
        <translation>соглашения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>universities involved</source>
        <comment>caption under their number</comment>
        <translation>университеты-участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countries involved</source>
        <comment>caption under their number</comment>
        <translation>страны-участницы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants</source>
        <comment>caption under their number</comment>
        <translation>участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda items</source>
        <comment>caption under their number</comment>
        <translation>пункты повестки дня</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+140"/>
        <source>Agreements per university</source>
        <translation>Соглашения по университетам</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>By university</source>
        <translation>По университетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by university</source>
        <translation>Диаграмма соглашений по университетам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart agreements by country</source>
        <translation>Диаграмма соглашений по странам</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+127"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Conflict warnings</source>
        <translation>Предупреждения о конфликтах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to open the item</source>
        <translation>Дважды щелкните или нажмите Enter, чтобы открыть элемент</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{count} {status}</source>
        <comment>a number of agreements and their status, e.g. 3 signed</comment>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <comment>no agreements yet</comment>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>from %n organization(s)</source>
        <translation>
            <numerusform>из %n организации</numerusform>
            <numerusform>из %n организаций</numerusform>
            <numerusform>из %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When: {dates} ({timezone})</source>
        <translation>Когда: {dates} ({timezone})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: {venue}</source>
        <translation>Где: {venue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: {rooms} · Languages: {languages}</source>
        <translation>Залы: {rooms} · Языки: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rooms</comment>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements per country</source>
        <translation>Соглашения по странам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements yet</source>
        <translation>Соглашений пока нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agreements with universities yet</source>
        <translation>Соглашений с университетами пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings ({count})</source>
        <translation>Предупреждения ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking for conflicts…</source>
        <translation>Проверка конфликтов…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: rooms, people and signings all fit.</source>
        <translation>Конфликтов нет: залы, персоны и подписания согласованы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code}: open the item to fix it</source>
        <translation>{code}: откройте элемент, чтобы исправить</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/people_commands.py" line="+105"/>
        <location line="+128"/>
        <source>Add {name}</source>
        <comment>undo command</comment>
        <translation>Добавить {name}</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+126"/>
        <source>Edit {name}</source>
        <comment>undo command</comment>
        <translation>Изменить {name}</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+113"/>
        <source>Delete {name}</source>
        <comment>undo command</comment>
        <translation>Удалить {name}</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="+47"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local names</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the organization</source>
        <translation>Из организации</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../desktop_app/ui/views/people_view.py" line="+38"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people — any spelling, any script</source>
        <translation>Фильтр (любой алфавит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Фильтр персон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person…</source>
        <translation>Новая персона…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person</source>
        <translation>Изменить персону</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Delete person</source>
        <translation>Удалить персону</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No people yet.
Use “New person…” to add one.</source>
        <translation>Персон пока нет.
Чтобы добавить персону, выберите «Новая персона…».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No people match “{filter}”.</source>
        <translation>Нет персон, соответствующих «{filter}».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n персона</numerusform>
            <numerusform>%n персоны</numerusform>
            <numerusform>%n персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} из %n персоны</numerusform>
            <numerusform>{shown} из %n персон</numerusform>
            <numerusform>{shown} из %n персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>first %n person(s) · loading…</source>
        <translation>
            <numerusform>первые %n персона · загрузка…</numerusform>
            <numerusform>первые %n персоны · загрузка…</numerusform>
            <numerusform>первые %n персон · загрузка…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {name}</source>
        <translation>Добавлено: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} is referred to in the programme or the agreements. Delete anyway? These references will be removed (Undo puts them back).</source>
        <translation>На персону {name} есть ссылки в программе или соглашениях. Все равно удалить? Эти ссылки будут удалены (отмена действия их вернет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {name} — Undo restores them</source>
        <translation>Удалено: {name} — отмена действия вернет запись</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/person_dialog.py" line="+68"/>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H.E., Prof., Dr., Amb. …</source>
        <comment>examples of honorifics before a name</comment>
        <translation>Е. П., проф., д-р, посол …</translation>
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
        <translation>— без ранга —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol rank: 1 is the most senior person of the event.</source>
        <translation>Протокольный ранг: 1 — самая высокопоставленная персона мероприятия.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Honorific:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name *:</source>
        <comment>* marks a required field</comment>
        <translation>Фамилия *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as the name above</source>
        <translation>совпадает с именем выше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position:</source>
        <comment>a person&apos;s job title</comment>
        <translation>Должность:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence:</source>
        <comment>protocol rank</comment>
        <translation>Протокольное старшинство:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography:</source>
        <translation>Биография:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <comment>group of the name fields</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <comment>group of position, organization, country</comment>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <comment>group of e-mail, phone, biography</comment>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{country} (the organization&apos;s)</source>
        <translation>{country} (страна организации)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pick an organization from the list</source>
        <translation>выберите организацию из списка</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/pickers.py" line="+250"/>
        <source>Type a name to search</source>
        <translation>Введите имя для поиска</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location line="-225"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/preferences_dialog.py" line="+44"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <comment>colour scheme</comment>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>colour scheme</comment>
        <translation>Темная</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour scheme</source>
        <translation>Цветовая схема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the language redraws the window at once. The event, the view and the window&apos;s place are kept; the undo history is cleared.</source>
        <translation>Смена языка сразу перерисовывает окно. Мероприятие, раздел и положение окна сохраняются; история отмены очищается.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/problems_dialog.py" line="+26"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy list</source>
        <translation>Копировать список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the problems to the clipboard</source>
        <translation>Копировать проблемы в буфер обмена</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/publish_dialog.py" line="+38"/>
        <source>Publish version</source>
        <comment>window title</comment>
        <translation>Опубликовать версию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is the first version of the programme: the agenda as it is now, with its times, rooms, speakers, topics and the order of signing, will be kept so that later changes can be listed against it.</source>
        <translation>Это первая версия программы: повестка дня в нынешнем виде — со временем, залами, выступающими, темами и порядком подписания — будет сохранена, чтобы с ней можно было сравнивать последующие изменения.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) since {version}.</source>
        <translation>
            <numerusform>%n изменение после версии {version}.</numerusform>
            <numerusform>%n изменения после версии {version}.</numerusform>
            <numerusform>%n изменений после версии {version}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Nothing has changed since {version}: there is nothing to publish.</source>
        <translation>После версии {version} ничего не изменилось: публиковать нечего.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Name of the version</source>
        <translation>Название версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To whom it goes, and why (optional)</source>
        <translation>Кому и зачем она отправляется (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <comment>of a version</comment>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <comment>button: publish the version</comment>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Published {version}</source>
        <translation>Опубликована версия {version}</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../desktop_app/ui/publishing.py" line="+68"/>
        <source>Changes since the last published version: open the published versions</source>
        <extracomment>Milliseconds between a change and the count it triggers. (event key, UnpublishedChanges) once counted.</extracomment>
        <translation>Изменения после последней опубликованной версии: открыть опубликованные версии</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not published yet</source>
        <translation>Ещё не опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File › Publish version… keeps the programme as it is, to list the changes made after it</source>
        <translation>Файл › Опубликовать версию… сохраняет программу в нынешнем виде, чтобы затем перечислить изменения</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) since {version}</source>
        <translation>
            <numerusform>%n изменение после {version}</numerusform>
            <numerusform>%n изменения после {version}</numerusform>
            <numerusform>%n изменений после {version}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the published versions to see the changes</source>
        <translation>Откройте опубликованные версии, чтобы увидеть изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As published in {version}</source>
        <translation>Как в опубликованной версии {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme has not changed since {version}</source>
        <translation>После версии {version} программа не менялась</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/qt_standard_strings.py" line="+148"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location line="-84"/>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+30"/>
        <source>Look in:</source>
        <extracomment>The non-native QFileDialog (used where the platform has no native dialog, and in the offscreen tests) and the file system model behind its list.</extracomment>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="-61"/>
        <source>Enter a value:</source>
        <translation>Укажите значение:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-36"/>
        <source>&amp;Undo</source>
        <extracomment>The context menus of QLineEdit (also inside spin boxes and combo boxes) and of QTextEdit/QPlainTextEdit/QLabel with selectable text.</extracomment>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+27"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location line="+6"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;пусто&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="-4"/>
        <source>Undo %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Повторить %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторить действие</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <extracomment>QWizard&apos;s buttons (all styles), QMessageBox&apos;s details button, QProgressDialog.</extracomment>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop_app/ui/views/record_list.py" line="+134"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/agenda_model.py" line="+34"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Нач.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Кон.</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/agreements_model.py" line="-7"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-56"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/ceremony_model.py" line="-4"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/organizations_model.py" line="-5"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-3"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/people_model.py" line="-4"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precedence</source>
        <translation>Протокольное старшинство</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/register_commands.py" line="+65"/>
        <source>Renew {reference}</source>
        <translation>Продлить {reference}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Terminate {reference}</source>
        <translation>Расторгнуть {reference}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Attach &quot;{name}&quot; to {reference}</source>
        <translation>Прикрепить «{name}» к {reference}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove &quot;{name}&quot;</source>
        <translation>Убрать «{name}»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add an activity to {reference}</source>
        <translation>Добавить деятельность к {reference}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit an activity of {reference}</source>
        <translation>Изменить деятельность по {reference}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete an activity of {reference}</source>
        <translation>Удалить деятельность по {reference}</translation>
    </message>
</context>
<context>
    <name>RegisterDetails</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_details.py" line="+93"/>
        <source>Chain of renewals</source>
        <extracomment>A file or an activity of the shown agreement changed (the view reloads).</extracomment>
        <translation>Цепочка продлений</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files here to attach them; double-click opens one</source>
        <translation>Перетащите сюда файлы, чтобы прикрепить их; двойной щелчок открывает файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attached file</source>
        <translation>Открыть прикреплённый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the attached file</source>
        <translation>Убрать прикреплённый файл</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record an activity</source>
        <translation>Записать деятельность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the activity</source>
        <translation>Удалить деятельность</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No agreement selected</source>
        <translation>Соглашение не выбрано</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event: {event}</source>
        <translation>Мероприятие: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Состояние: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until {date}</source>
        <translation>Действует по {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days left: {days}</source>
        <translation>Осталось дней: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>Расторгнуто {date}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renewals: {chain}</source>
        <translation>Продления: {chain}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added {date}{by}
SHA-256 {digest}</source>
        <translation>Добавлен {date}{by}
SHA-256 {digest}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s bytes are not in this database</source>
        <translation>Содержимого файла нет в этой базе данных</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Attached to {reference} — Undo removes it</source>
        <translation>Прикреплено к {reference} — «Отменить действие» уберёт файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {reference}</source>
        <translation>Прикрепить файлы к {reference}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the attached file</source>
        <translation>Сохранить прикреплённый файл</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed &quot;{name}&quot; — Undo puts it back</source>
        <translation>«{name}» убран — «Отменить действие» вернёт его</translation>
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
        <translation>Фильтр по номеру, названию или стороне…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the register</source>
        <translation>Фильтр реестра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner country</source>
        <translation>Страна партнёра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Истекают в течение</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expiring within how many days</source>
        <translation>В течение скольких дней истекают</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notice </source>
        <translation>уведомление </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agreement is expiring, and its renewal due, this many days before it ends</source>
        <translation>За столько дней до окончания соглашение считается истекающим и пора начинать его продление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice period</source>
        <translation>Срок уведомления</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All events</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dormant</source>
        <comment>no activity in its first year</comment>
        <translation>Бездействующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All organizations</source>
        <translation>Все организации</translation>
    </message>
</context>
<context>
    <name>RegisterOutputs</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_outputs.py" line="+29"/>
        <source>Export the register…</source>
        <translation>Экспортировать реестр…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export renewal reminders…</source>
        <translation>Экспортировать напоминания о продлении…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the partnership report…</source>
        <translation>Печать отчёта о партнёрстве…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export renewal reminders</source>
        <translation>Экспорт напоминаний о продлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partnership report</source>
        <translation>Отчёт о партнёрстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the partnership report</source>
        <translation>Печать отчёта о партнёрстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote {file}</source>
        <translation>Записан файл {file}</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/register_model.py" line="+62"/>
        <source>dormant</source>
        <comment>no activity in its first year</comment>
        <extracomment>The order a lifecycle sorts in: what needs attention first.</extracomment>
        <translation>бездействует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal {reference} in preparation</source>
        <translation>продление {reference} готовится</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renewed by {reference}</source>
        <translation>продлено соглашением {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renews {reference}</source>
        <translation>продлевает {reference}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No expiry date is recorded: check the signed text.</source>
        <translation>Дата окончания не указана: проверьте подписанный текст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on {date}</source>
        <translation>Истекает {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminated on {date}: {reason}</source>
        <translation>Расторгнуто {date}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop_app/ui/views/register_view.py" line="+71"/>
        <source>Register</source>
        <extracomment>What ``show_record(&quot;register&quot;, …)`` takes: ``expiring:DAYS``.</extracomment>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Agreements register</source>
        <translation>Реестр соглашений</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a file on an agreement to attach it</source>
        <translation>Перетащите файл на соглашение, чтобы прикрепить его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew…</source>
        <translation>Продлить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a successor with the same parties</source>
        <translation>Подготовить проект нового соглашения с теми же сторонами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate…</source>
        <translation>Расторгнуть…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in its event</source>
        <translation>Открыть в его мероприятии</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Agreements: {total}</source>
        <translation>Соглашения: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements: {shown} of {total}</source>
        <translation>Соглашения: {shown} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} · expiring: {expiring}</source>
        <translation>{count} · истекают: {expiring}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Drafted {successor}, renewing {reference} — Undo removes it</source>
        <translation>Подготовлен проект {successor}, продлевающий {reference} — «Отменить действие» уберёт его</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attached to {reference}: {files} — Undo removes them</source>
        <translation>Прикреплено к {reference}: {files} — «Отменить действие» уберёт их</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/renew_dialog.py" line="+25"/>
        <source>Renew {reference}</source>
        <translation>Продление {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft successor with the same parties is added, linked to &lt;b&gt;{reference}&lt;/b&gt;; it is prepared and signed like any agreement.</source>
        <translation>Добавляется проект нового соглашения с теми же сторонами, связанный с &lt;b&gt;{reference}&lt;/b&gt;; его готовят и подписывают как любое соглашение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference of the successor</source>
        <translation>Номер нового соглашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event of the signing</source>
        <translation>Мероприятие подписания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to be set</source>
        <translation>будет указано позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be signed at:</source>
        <translation>Подписать на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew</source>
        <translation>Продлить</translation>
    </message>
</context>
<context>
    <name>SeatingChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/seating_chart.py" line="+86"/>
        <source>Seating chart</source>
        <extracomment>The chart is never drawn larger than this many times its natural size when fitted.</extracomment>
        <translation>Схема рассадки</translation>
    </message>
</context>
<context>
    <name>SeatingCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/seating_commands.py" line="+135"/>
        <source>Place by rule at {table}</source>
        <comment>undo command; table: “the main table” or an agenda item&apos;s title</comment>
        <extracomment>The change itself, given the version the view showed (None: no plan of its own). Told of every stored step: the plan as stored now (None: deleted).</extracomment>
        <translation>Рассадка по правилу: {table}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seat {name} at seat {seat}</source>
        <comment>undo command</comment>
        <translation>Посадить на место {seat}: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Swap seats {first} and {second}</source>
        <comment>undo command</comment>
        <translation>Поменять местами {first} и {second}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unseat {name}</source>
        <comment>undo command</comment>
        <translation>Снять с места: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock seat {seat}</source>
        <comment>undo command</comment>
        <translation>Закрепить место {seat}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock seat {seat}</source>
        <comment>undo command</comment>
        <translation>Открепить место {seat}</translation>
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
        <translation>Участники без места</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Drag a person onto a seat, or press Enter and choose the seat with the arrow keys. Drop a seat&apos;s person here to unseat them.</source>
        <translation>Перетащите участника на место или нажмите Enter и выберите место стрелками. Перетащите сюда сидящего, чтобы снять его с места.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Seating conflicts</source>
        <translation>Конфликты рассадки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unseated participants ({count})</source>
        <translation>Участники без места ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts ({count})</source>
        <translation>Конфликты ({count})</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_texts.py" line="+31"/>
        <source>Round table</source>
        <extracomment>(layout kind, its name) in the order of the layout combo.</extracomment>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangular table</source>
        <translation>Прямоугольный стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>П-образный стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>Стол президиума и ряды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing table</source>
        <translation>Стол подписания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By precedence</source>
        <extracomment>The fewest seats of each kind (``domain.seating_layouts``). (rule, its name, what it does) in the order of the rule combo.</extracomment>
        <translation>По протокольному старшинству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host at the seat of honour, the guest of honour at the host&apos;s right, then alternating right and left by rank</source>
        <translation>Глава принимающей стороны на почётном месте, почётный гость справа от него, далее поочерёдно справа и слева по рангу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facing delegations</source>
        <translation>Делегации друг напротив друга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a bilateral meeting: the host delegation on one side, the guests opposite, the two heads facing each other</source>
        <translation>Для двусторонней встречи: делегация принимающей стороны с одной стороны, гости напротив, главы делегаций друг против друга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alphabetical by country</source>
        <translation>По алфавиту стран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country name in the event&apos;s first language, then by name, the host at the seat of honour</source>
        <translation>По названию страны на первом языке мероприятия, затем по имени; глава принимающей стороны на почётном месте</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>seat of honour</source>
        <translation>почётное место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s right</source>
        <translation>справа от главы принимающей стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host&apos;s left</source>
        <translation>слева от главы принимающей стороны</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row {row}, next to the centre on the host&apos;s right</source>
        <translation>{row}-й ряд, рядом с центром, справа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}, next to the centre on the host&apos;s left</source>
        <translation>{row}-й ряд, рядом с центром, слева</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s right</source>
        <translation>
            <numerusform>{row}-й ряд, %n-е место от центра справа</numerusform>
            <numerusform>{row}-й ряд, %n-е место от центра справа</numerusform>
            <numerusform>{row}-й ряд, %n-е место от центра справа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s left</source>
        <translation>
            <numerusform>{row}-й ряд, %n-е место от центра слева</numerusform>
            <numerusform>{row}-й ряд, %n-е место от центра слева</numerusform>
            <numerusform>{row}-й ряд, %n-е место от центра слева</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n seats right of the seat facing the host</source>
        <translation>
            <numerusform>%n-е место справа от места напротив главы принимающей стороны</numerusform>
            <numerusform>%n-е место справа от места напротив главы принимающей стороны</numerusform>
            <numerusform>%n-е место справа от места напротив главы принимающей стороны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats left of the seat facing the host</source>
        <translation>
            <numerusform>%n-е место слева от места напротив главы принимающей стороны</numerusform>
            <numerusform>%n-е место слева от места напротив главы принимающей стороны</numerusform>
            <numerusform>%n-е место слева от места напротив главы принимающей стороны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s right</source>
        <translation>
            <numerusform>%n-е место справа от главы принимающей стороны</numerusform>
            <numerusform>%n-е место справа от главы принимающей стороны</numerusform>
            <numerusform>%n-е место справа от главы принимающей стороны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s left</source>
        <translation>
            <numerusform>%n-е место слева от главы принимающей стороны</numerusform>
            <numerusform>%n-е место слева от главы принимающей стороны</numerusform>
            <numerusform>%n-е место слева от главы принимающей стороны</numerusform>
        </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>facing the host</source>
        <translation>напротив главы принимающей стороны</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>{layout}: %n seat(s), {rows} × {columns} in rows</source>
        <translation>
            <numerusform>{layout}: %n место, в рядах {rows} × {columns}</numerusform>
            <numerusform>{layout}: %n места, в рядах {rows} × {columns}</numerusform>
            <numerusform>{layout}: %n мест, в рядах {rows} × {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{layout}: %n seat(s)</source>
        <translation>
            <numerusform>{layout}: %n место</numerusform>
            <numerusform>{layout}: %n места</numerusform>
            <numerusform>{layout}: %n мест</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>right of the seat facing the host</source>
        <translation>справа от места напротив главы принимающей стороны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left of the seat facing the host</source>
        <translation>слева от места напротив главы принимающей стороны</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {row}, centre</source>
        <translation>{row}-й ряд, центр</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>moved by hand</source>
        <translation>перемещён вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>locked</source>
        <translation>закреплено</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+27"/>
        <source>Seat {number}</source>
        <translation>Место {number}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Why here: {reason}</source>
        <translation>Почему здесь: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty seat</source>
        <translation>Свободное место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: placing by rule keeps this seat as it is</source>
        <translation>Закреплено: рассадка по правилу не меняет это место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flag behind: {country}</source>
        <translation>Флаг за спиной: {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty</source>
        <translation>свободно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>why here: {reason}</source>
        <translation>почему здесь: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flag of {country}, {position} from the audience&apos;s left</source>
        <translation>Флаг: {country}, {position}-й слева, если смотреть из зала</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Place by rule seats everyone again at {layout}, {rule}; locked seats stay.</source>
        <translation>«Рассадить по правилу» заново рассадит всех: {layout}, {rule}; закреплённые места останутся.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose more seats or another layout.</source>
        <translation>Выберите больше мест или другую схему.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{table} uses the main table&apos;s plan until it has its own. Shown: the plan the rule would make for it; Place by rule stores it.</source>
        <translation>{table} использует план основного стола, пока у него нет своего. Показан план, который составит правило; «Рассадить по правилу» сохранит его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not stored yet: shown is the plan the rule would make. Place by rule stores it; then drag people to adjust.</source>
        <translation>Ещё не сохранено: показан план, который составит правило. «Рассадить по правилу» сохранит его; затем перетаскивайте участников, чтобы поправить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_view.py" line="+76"/>
        <source>Seating</source>
        <extracomment>The ``navigate`` kind that opens this view: ``(&quot;seating&quot;, ITEM)``, ITEM an agenda item&apos;s key or ``main`` (the main table), as the Overview&apos;s seating warnings say. After the layout or rule is changed, the preview waits this long for more typing.</extracomment>
        <translation>Рассадка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag people between seats, or from the list · Enter picks up and puts down · Delete unseats · Ctrl+L locks a seat</source>
        <extracomment>The table whose plan last set the layout and rule controls.</extracomment>
        <translation>Перетаскивайте участников между местами или из списка · Enter — взять и посадить · Delete — снять с места · Ctrl+L — закрепить место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview / Print…</source>
        <translation>Предпросмотр / Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the seating chart of this table in Documents, to preview, save or print it</source>
        <translation>Открыть схему рассадки этого стола в разделе «Документы»: предпросмотр, сохранение или печать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the main table</source>
        <translation>Показать основной стол</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>★ seat of honour · padlock: locked · red ring: a conflict · dashed: a preview, not stored</source>
        <translation>★ почётное место · замок: закреплено · красное кольцо: конфликт · пунктир: предпросмотр, не сохранено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table:</source>
        <translation>Стол:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Main table</source>
        <translation>Основной стол</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Seats taken: {taken} of {seats}</source>
        <translation>Занято мест: {taken} из {seats}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the main table</source>
        <translation>основной стол</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(preview)</source>
        <translation>(предпросмотр)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audience</source>
        <translation>зал</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone has a seat. Drop a seat&apos;s person here to unseat them.</source>
        <translation>У всех есть места. Перетащите сюда сидящего, чтобы снять его с места.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has a seat in this preview.</source>
        <translation>В этом предпросмотре у всех есть места.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n locked</source>
        <translation>
            <numerusform>закреплено: %n</numerusform>
            <numerusform>закреплено: %n</numerusform>
            <numerusform>закреплено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Carrying {name}: choose a seat with the arrow keys and press Enter; Escape puts them back.</source>
        <translation>{name}: выберите место стрелками и нажмите Enter; Escape вернёт на прежнее место.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point at a seat to see who sits there and why.</source>
        <translation>Наведите на место, чтобы увидеть, кто там сидит и почему.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Place by rule first: this table has no plan of its own yet.</source>
        <translation>Сначала рассадите по правилу: у этого стола ещё нет своего плана.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unlock seat {number}</source>
        <translation>Открепить место {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock seat {number}</source>
        <translation>Закрепить место {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick up {name}</source>
        <translation>Взять: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unseat {name}</source>
        <translation>Снять с места: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/seating_print.py" line="+82"/>
        <source>This version of Roundtable cannot print a seating chart yet.</source>
        <extracomment>The ``show_record`` kind that asks the Documents view for a document. The document kind of the seating chart (``print seating``), and its ``item`` for the main table. The last chart made (for tests), and how a chart is opened (the PDF viewer).</extracomment>
        <translation>Эта версия Roundtable пока не умеет печатать схему рассадки.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the seating chart…</source>
        <translation>Готовится схема рассадки…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The seating chart is open in your PDF viewer, to preview and print.</source>
        <translation>Схема рассадки открыта в программе просмотра PDF: для предпросмотра и печати.</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signed_dialog.py" line="+38"/>
        <source>Mark {reference} signed</source>
        <translation>Отметить {reference} как подписанное</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time of signing</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{timezone} (the event&apos;s time zone)</source>
        <translation>{timezone} (часовой пояс мероприятия)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <comment>button: use the current time</comment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned slot</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} in the ceremony plan</source>
        <translation>{time} по плану церемонии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement is not in a signing ceremony</source>
        <translation>Соглашение не включено в церемонию подписания</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed at:</source>
        <translation>Время подписания:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark signed</source>
        <translation>Отметить подписание</translation>
    </message>
</context>
<context>
    <name>SigningChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/signing_choice.py" line="+37"/>
        <source>Sign with…</source>
        <extracomment>Where the chosen key file&apos;s path is remembered (never its passphrase).</extracomment>
        <translation>Подписать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the document</source>
        <translation>Подписать документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a digital signature with a key file (.p12); the passphrase is asked each time and never stored</source>
        <translation>Добавить электронную подпись файлом ключа (.p12); пароль запрашивается каждый раз и никогда не сохраняется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key…</source>
        <translation>Ключ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file</source>
        <translation>Выбрать файл ключа</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no key chosen</source>
        <translation>ключ не выбран</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the signing key</source>
        <translation>Выберите ключ подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for &quot;{file}&quot;:</source>
        <translation>Пароль для «{file}»:</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/status_strip.py" line="+32"/>
        <source>Agreements by status</source>
        <translation>Соглашения по статусам</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {status}</source>
        <comment>a number of agreements and their status, e.g. 3 signed</comment>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>no agreements</comment>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>StorageActions</name>
    <message>
        <location filename="../../desktop_app/ui/storage_dialogs.py" line="+36"/>
        <source>Backups of a shared server database are made on the server (pg_dump)</source>
        <translation>Резервные копии общей серверной базы данных создаются на сервере (pg_dump)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up</source>
        <comment>window title</comment>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Резервная копия сохранена в {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore</source>
        <comment>window title</comment>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Roundtable databases (*.sqlite *.db *.bak)</source>
        <translation>Базы данных Roundtable (*.sqlite *.db *.bak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the current database with
{file}?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Заменить текущую базу данных файлом
{file}?

Сначала будет создана резервная копия текущей базы данных, поэтому действие можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restored {backup}. The previous database was kept as {kept}.</source>
        <translation>Восстановлено из {backup}. Прежняя база данных сохранена как {kept}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {backup}.</source>
        <translation>Восстановлено из {backup}.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <location line="+14"/>
        <source>Roundtable cannot open the database</source>
        <translation>Roundtable не удается открыть базу данных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup is {backup} ({folder}). Restore it? The current file is kept.</source>
        <translation>Последняя резервная копия: {backup} ({folder}). Восстановить ее? Текущий файл сохранится.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <comment>button: close the app</comment>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
</context>
<context>
    <name>TableChoice</name>
    <message>
        <location filename="../../desktop_app/ui/views/document_tables.py" line="+29"/>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seating chart, flag sheet and place cards of one table, or of every table</source>
        <translation>Схема рассадки, лист флагов и именные карточки одного стола или всех столов</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Every table</source>
        <translation>Все столы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main table</source>
        <translation>Основной стол</translation>
    </message>
</context>
<context>
    <name>TableCombo</name>
    <message>
        <location filename="../../desktop_app/ui/views/seating_controls.py" line="+81"/>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main table</source>
        <translation>Основной стол</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has a seating plan of its own</source>
        <translation>Есть свой план рассадки</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/table_import_wizard.py" line="+75"/>
        <source>People</source>
        <extracomment>What a spreadsheet can hold; translated when the combo is filled.</extracomment>
        <translation>Персоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from a spreadsheet</source>
        <translation>Импорт из таблицы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spreadsheet file</source>
        <translation>Файл таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .xlsx or .csv file with a header row</source>
        <translation>Файл .xlsx или .csv со строкой заголовков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <comment>button: check the file first</comment>
        <translation>Предпросмотр</translation>
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
        <translation>Содержит:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <comment>spreadsheet column letter</comment>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Organizations not in the event</source>
        <translation>Организации, которых нет в мероприятии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization in the file</source>
        <translation>Организация в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <comment>of a new organization</comment>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <comment>tab: the column mapping</comment>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organizations</source>
        <comment>tab: organizations of the file the event does not have</comment>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file and what it holds, then Preview.</source>
        <translation>Выберите файл и его содержимое, затем нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress of the preview</source>
        <translation>Ход предпросмотра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <comment>button: stop reading the file</comment>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the preview</source>
        <translation>Остановить предпросмотр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <comment>button: store the rows</comment>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheet to import</source>
        <translation>Таблица для импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in {language} ({field})</source>
        <translation>{field}, написание — {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The preview was stopped; nothing was imported. Preview again to read the whole file.</source>
        <translation>Предпросмотр остановлен; ничего не импортировано. Запустите предпросмотр снова, чтобы прочитать весь файл.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Column {letter} imported as</source>
        <translation>Столбец {letter} импортируется как</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} imported as</source>
        <translation>Как импортировать {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <comment>what an unknown organization becomes</comment>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match to {name}</source>
        <translation>Сопоставить с «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new organization</source>
        <translation>Создать новую организацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the organization empty</source>
        <translation>Оставить организацию пустой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of the new organization {name}</source>
        <translation>Страна новой организации {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Organizations (%n)</source>
        <comment>tab title: organizations of the file the event lacks</comment>
        <translation>
            <numerusform>Организации (%n)</numerusform>
            <numerusform>Организации (%n)</numerusform>
            <numerusform>Организации (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Problems (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Проблемы (%n)</numerusform>
            <numerusform>Проблемы (%n)</numerusform>
            <numerusform>Проблемы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Изменения (%n)</numerusform>
            <numerusform>Изменения (%n)</numerusform>
            <numerusform>Изменения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>Отмена (Ctrl+Z) отменяет весь импорт за один шаг.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s) to fix first; nothing will be imported until the file or the mapping is right.</source>
        <translation>
            <numerusform>Сначала исправьте %n проблему: пока файл или сопоставление не исправлены, ничего не будет импортировано.</numerusform>
            <numerusform>Сначала исправьте %n проблемы: пока файл или сопоставление не исправлены, ничего не будет импортировано.</numerusform>
            <numerusform>Сначала исправьте %n проблем: пока файл или сопоставление не исправлены, ничего не будет импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n правильную строку</numerusform>
            <numerusform>%n правильные строки</numerusform>
            <numerusform>%n правильных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n ошибочную строку</numerusform>
            <numerusform>%n ошибочные строки</numerusform>
            <numerusform>%n ошибочных строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import {good}, skip {bad}</source>
        <translation>Импортировать {good}, пропустить {bad}</translation>
    </message>
    <message numerus="yes">
        <location line="-183"/>
        <source>Reading the file: %n row(s)</source>
        <translation>
            <numerusform>Чтение файла: %n строка</numerusform>
            <numerusform>Чтение файла: %n строки</numerusform>
            <numerusform>Чтение файла: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Imported {file}: {summary}</source>
        <translation>Импортирован файл {file}: {summary}</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/terminate_dialog.py" line="+26"/>
        <source>Terminate {reference}</source>
        <translation>Расторжение {reference}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{reference}&lt;/b&gt; ends on the day chosen; the register then shows it as terminated. Undo takes the decision back.</source>
        <translation>&lt;b&gt;{reference}&lt;/b&gt; прекращает действие в выбранный день; затем реестр показывает его расторгнутым. «Отменить действие» отменяет это решение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day it ends</source>
        <translation>День прекращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the programme was closed by both parties</source>
        <translation>например, программа закрыта по решению обеих сторон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends on:</source>
        <translation>Прекращается:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/time_field.py" line="+54"/>
        <source>Type 1030, 10:30 or 9 for 09:00; Up and Down move by 5 minutes</source>
        <translation>Введите 1030, 10:30 или 9 (это 09:00); стрелки вверх и вниз меняют время на 5 минут</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/timeline.py" line="+69"/>
        <source>Agenda timeline</source>
        <translation>Шкала времени повестки дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a block to move it; drag its bottom edge to change its end; double-click or Enter to edit; Alt+Up/Down moves the selected item, Alt+Shift+Up/Down its end</source>
        <translation>Перетащите блок, чтобы переместить его; перетащите нижний край, чтобы изменить окончание; двойной щелчок или Enter — изменить; Alt+Up/Down перемещает выбранный пункт, Alt+Shift+Up/Down — его окончание</translation>
    </message>
</context>
<context>
    <name>TranslatedField</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/translated_field.py" line="+58"/>
        <source>not translated: the {language} text is used</source>
        <comment>placeholder of an empty translation field</comment>
        <translation>перевода нет: используется основной текст ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type the {language} text first</source>
        <comment>placeholder of a translation field while the main text is empty</comment>
        <translation>сначала введите основной текст ({language})</translation>
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
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the text in the event&apos;s other languages</source>
        <translation>Показать или скрыть текст на других языках мероприятия</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo/translation_commands.py" line="+82"/>
        <source>Translate {text}</source>
        <comment>undo command; text: which text and language, e.g. “Title of Panel discussion” (Kazakh)</comment>
        <translation>Перевод: {text}</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <location filename="../../desktop_app/ui/views/overview_view.py" line="-296"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{language}: {count} missing</source>
        <extracomment>A language and how many texts have no translation into it.</extracomment>
        <translation>{language}: без перевода — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the texts without a {language} translation</source>
        <translation>Открыть тексты без перевода ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: all translated</source>
        <translation>{language}: всё переведено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the translations</source>
        <translation>Открыть переводы</translation>
    </message>
</context>
<context>
    <name>TranslationsTable</name>
    <message>
        <location filename="../../desktop_app/ui/models/translations_model.py" line="+56"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room name</source>
        <translation>Название зала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>Адрес места проведения</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{language} (default)</source>
        <comment>the column of the event&apos;s first language: its texts are the default ones</comment>
        <translation>{language} (основной)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default texts, as typed in the forms. Double-click a person, an agenda item or an agreement to open it.</source>
        <translation>Основные тексты, как они введены в формах. Дважды щёлкните персону, пункт повестки дня или соглашение, чтобы открыть их.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No {language} text yet: type it here</source>
        <translation>Текста пока нет ({language}): введите его здесь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>нет перевода</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topic {number}</source>
        <translation>Тема {number}</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>TranslationsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/translations_view.py" line="+79"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <comment>a translation not typed yet</comment>
        <translation>нет перевода</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show texts</source>
        <translation>Показывать тексты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every text, or only those still missing a translation</source>
        <translation>Показать все тексты или только те, у которых ещё нет перевода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter texts — any spelling, any script</source>
        <translation>Фильтр (любой алфавит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter texts</source>
        <translation>Фильтр текстов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next missing</source>
        <translation>Следующий без перевода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next missing translation</source>
        <translation>Перейти к следующему непереведённому тексту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next missing translation ({key}); {back_key} goes back</source>
        <translation>Перейти к следующему непереведённому тексту ({key}); {back_key} — назад</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Texts and their translations</source>
        <translation>Тексты и их переводы</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All texts</source>
        <translation>Все тексты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing a translation</source>
        <translation>Без перевода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing in {language}</source>
        <translation>Нет перевода: {language}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Texts: {count} · missing translations: {missing}</source>
        <translation>Текстов: {count} · без перевода: {missing}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texts: {shown} of {count} · missing translations: {missing}</source>
        <translation>Текстов: {shown} из {count} · без перевода: {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has one language. Add another in the event details to translate its texts.</source>
        <translation>У мероприятия один язык. Чтобы переводить тексты, добавьте ещё один в сведениях о мероприятии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in a highlighted cell, then press Enter or Tab: the text is stored and the next missing one opens.</source>
        <translation>Введите текст в выделенную ячейку и нажмите Enter или Tab: текст сохранится, и откроется следующий непереведённый.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every text is translated into every language of the event.</source>
        <translation>Все тексты переведены на все языки мероприятия.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event has no texts to translate yet.</source>
        <translation>У мероприятия пока нет текстов для перевода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text matches “{filter}”.</source>
        <translation>Нет текстов, соответствующих «{filter}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is missing: every text is translated.</source>
        <translation>Ничего не пропущено: все тексты переведены.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every text is translated.</source>
        <translation>Все тексты переведены.</translation>
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
        <translation>Обновлено с учетом изменений, внесенных в другом месте</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/verify_dialog.py" line="+42"/>
        <source>Certificate code</source>
        <extracomment>The checks by the names the service gives them.</extracomment>
        <translation>Код свидетельства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached signed copy</source>
        <translation>Приложенная подписанная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital signature</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification codes in the file</source>
        <translation>Коды проверки в файле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Пройдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Не пройдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not apply</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+101"/>
        <source>Verify a certificate</source>
        <translation>Проверка свидетельства</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>none: the signer is not checked</source>
        <translation>нет: подписавший не проверяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust a certificate…</source>
        <translation>Доверять сертификату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate (.pem or .cer) as its owner handed it to you</source>
        <translation>Сертификат подписавшего (.pem или .cer) в том виде, в каком его передал владелец</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted signer:</source>
        <translation>Доверенный подписант:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trusted certificate</source>
        <translation>Доверенный сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file could not be checked.</source>
        <translation>Файл не удалось проверить.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verified: {summary}</source>
        <translation>Подтверждено: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: {summary}</source>
        <translation>Не подтверждено: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no check applies to this file</source>
        <translation>к этому файлу не применима ни одна проверка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/versions_dialog.py" line="+49"/>
        <source>Published versions</source>
        <comment>window title</comment>
        <translation>Опубликованные версии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published versions</source>
        <translation>Опубликованные версии</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since the selected version</source>
        <translation>Изменения после выбранной версии</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Publish version…</source>
        <translation>Опубликовать версию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print change notice…</source>
        <translation>Напечатать уведомление об изменениях…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) since {version}:</source>
        <translation>
            <numerusform>%n изменение после версии {version}:</numerusform>
            <numerusform>%n изменения после версии {version}:</numerusform>
            <numerusform>%n изменений после версии {version}:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No version has been published yet. Publish one to list the changes made after it and to print them as a notice.</source>
        <translation>Ещё не опубликовано ни одной версии. Опубликуйте версию, чтобы перечислять последующие изменения и печатать их в виде уведомления.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No changes since {version}.</source>
        <translation>После версии {version} изменений нет.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print the change notice to</source>
        <translation>Куда сохранить уведомление об изменениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the change notice to {file}</source>
        <translation>Уведомление об изменениях сохранено в {file}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/welcome_page.py" line="+17"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome to Roundtable</source>
        <translation>Добро пожаловать в Roundtable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a round table from one place: the programme, the speakers and panels, the agreements and their signing ceremony, and every printed document. Start with one of these:</source>
        <translation>Планируйте круглый стол в одном месте: программа, выступающие и панельные дискуссии, соглашения и церемония их подписания, все печатные документы. Начните с одного из вариантов:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new event…</source>
        <translation>Создать мероприятие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, dates, venue, rooms and languages.</source>
        <translation>Название, даты, место проведения, залы и языки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sample event</source>
        <translation>Открыть демонстрационное мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azerbaijan–Kazakhstan round table at ADA University: 9 agenda items, 40 memoranda.</source>
        <translation>Азербайджано-казахстанский круглый стол в Университете ADA: 9 пунктов повестки дня, 40 меморандумов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import an event file…</source>
        <translation>Импортировать файл мероприятия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Roundtable event file (.json) from a colleague.</source>
        <translation>Файл мероприятия Roundtable (.json) от коллеги.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
</context>
</TS>
