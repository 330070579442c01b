<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgendaItemDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/agenda_item_dialog.py" line="+561"/>
        <source>Saved like this, it causes %n conflict(s):</source>
        <translation>
            <numerusform>Saved like this, it causes %n conflict:</numerusform>
            <numerusform>Saved like this, it causes %n conflicts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/agenda_view.py" line="+302"/>
        <source>%n item(s)</source>
        <comment>agenda items on a day</comment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>&quot;{title}&quot; and %n more</source>
        <translation>
            <numerusform>&quot;{title}&quot; and %n more</numerusform>
            <numerusform>&quot;{title}&quot; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Shift %n item(s) by {minutes} min</source>
        <translation>
            <numerusform>Shift %n item by {minutes} min</numerusform>
            <numerusform>Shift %n items by {minutes} min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+161"/>
        <source>Copied %n item(s) to {day}</source>
        <translation>
            <numerusform>Copied %n item to {day}</numerusform>
            <numerusform>Copied %n items to {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/agreements_view.py" line="+233"/>
        <source>first %n agreement(s) · loading…</source>
        <translation>
            <numerusform>first %n agreement · loading…</numerusform>
            <numerusform>first %n agreements · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n agreement(s)</source>
        <translation>
            <numerusform>{shown} of %n agreement</numerusform>
            <numerusform>{shown} of %n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/bar_chart.py" line="+44"/>
        <source>%n others</source>
        <comment>the bars not shown, summed up</comment>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CeremonyPlannerDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/ceremony_planner.py" line="+213"/>
        <source>%n minute(s)</source>
        <comment>length of the signing item</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signing(s)</source>
        <translation>
            <numerusform>%n signing</numerusform>
            <numerusform>%n signings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>⚠ %n signing(s) need(s) a signatory who is due elsewhere at that time.</source>
        <translation>
            <numerusform>⚠ %n signing needs a signatory who is due elsewhere at that time.</numerusform>
            <numerusform>⚠ %n signings need a signatory who is due elsewhere at that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/documents_view.py" line="+392"/>
        <source>{document} · %n page(s)</source>
        <translation>
            <numerusform>{document} · %n page</numerusform>
            <numerusform>{document} · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Generated %n page(s)</source>
        <translation>
            <numerusform>Generated %n page</numerusform>
            <numerusform>Generated %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n text(s) has/have no {language} translation; printed in the default.</source>
        <translation>
            <numerusform>%n text has no {language} translation; printed in the default.</numerusform>
            <numerusform>%n texts have no {language} translation; printed in the default.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/errors.py" line="+86"/>
        <source>The file was not imported: %n problems were found.</source>
        <comment>always more than one problem</comment>
        <translation>
            <numerusform>The file was not imported: %n problem was found.</numerusform>
            <numerusform>The file was not imported: %n problems were found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/event_session.py" line="+122"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>&quot;{file}&quot; was not imported: it has %n problem(s). Nothing was stored.</source>
        <translation>
            <numerusform>&quot;{file}&quot; was not imported: it has %n problem. Nothing was stored.</numerusform>
            <numerusform>&quot;{file}&quot; was not imported: it has %n problems. Nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported {file} (%n warning(s))</source>
        <translation>
            <numerusform>Imported {file} (%n warning)</numerusform>
            <numerusform>Imported {file} (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/feedback.py" line="+38"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/import_messages.py" line="+118"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n bad row skipped</numerusform>
            <numerusform>%n bad rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="+447"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/organizations_view.py" line="+49"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n organization(s)</source>
        <translation>
            <numerusform>{shown} of %n organization</numerusform>
            <numerusform>{shown} of %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>first %n organization(s) · loading…</source>
        <translation>
            <numerusform>first %n organization · loading…</numerusform>
            <numerusform>first %n organizations · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>{name} is a party to %n agreement(s). Remove it from it/them (or delete it/them) first.</source>
        <translation>
            <numerusform>{name} is a party to %n agreement. Remove it from it (or delete it) first.</numerusform>
            <numerusform>{name} is a party to %n agreements. Remove it from them (or delete them) first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/overview_view.py" line="+313"/>
        <source>from %n organization(s)</source>
        <translation>
            <numerusform>from %n organization</numerusform>
            <numerusform>from %n organizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/people_view.py" line="+47"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} of %n person</numerusform>
            <numerusform>{shown} of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>first %n person(s) · loading…</source>
        <translation>
            <numerusform>first %n person · loading…</numerusform>
            <numerusform>first %n people · loading…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/publish_dialog.py" line="+52"/>
        <source>%n change(s) since {version}.</source>
        <translation>
            <numerusform>%n change since {version}.</numerusform>
            <numerusform>%n changes since {version}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/publishing.py" line="+84"/>
        <source>%n change(s) since {version}</source>
        <translation>
            <numerusform>%n change since {version}</numerusform>
            <numerusform>%n changes since {version}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/seating_texts.py" line="+84"/>
        <source>{layout}: %n seat(s), {rows} × {columns} in rows</source>
        <translation>
            <numerusform>{layout}: %n seat, {rows} × {columns} in rows</numerusform>
            <numerusform>{layout}: %n seats, {rows} × {columns} in rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{layout}: %n seat(s)</source>
        <translation>
            <numerusform>{layout}: %n seat</numerusform>
            <numerusform>{layout}: %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>row {row}, %n seats from the centre on the host&apos;s right</source>
        <translation>
            <numerusform>row {row}, %n seat from the centre on the host&apos;s right</numerusform>
            <numerusform>row {row}, %n seats from the centre on the host&apos;s right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>row {row}, %n seats from the centre on the host&apos;s left</source>
        <translation>
            <numerusform>row {row}, %n seat from the centre on the host&apos;s left</numerusform>
            <numerusform>row {row}, %n seats from the centre on the host&apos;s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n seats right of the seat facing the host</source>
        <translation>
            <numerusform>%n seat right of the seat facing the host</numerusform>
            <numerusform>%n seats right of the seat facing the host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats left of the seat facing the host</source>
        <translation>
            <numerusform>%n seat left of the seat facing the host</numerusform>
            <numerusform>%n seats left of the seat facing the host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s right</source>
        <translation>
            <numerusform>%n seat to the host&apos;s right</numerusform>
            <numerusform>%n seats to the host&apos;s right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seats to the host&apos;s left</source>
        <translation>
            <numerusform>%n seat to the host&apos;s left</numerusform>
            <numerusform>%n seats to the host&apos;s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/views/seating_view.py" line="+285"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n locked</numerusform>
            <numerusform>%n locked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/table_import_wizard.py" line="+271"/>
        <source>Reading the file: %n row(s)</source>
        <translation>
            <numerusform>Reading the file: %n row</numerusform>
            <numerusform>Reading the file: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>Organizations (%n)</source>
        <comment>tab title: organizations of the file the event lacks</comment>
        <translation>
            <numerusform>Organizations (%n)</numerusform>
            <numerusform>Organizations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Problems (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes (%n)</source>
        <comment>tab title with a count</comment>
        <translation>
            <numerusform>Changes (%n)</numerusform>
            <numerusform>Changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n problem(s) to fix first; nothing will be imported until the file or the mapping is right.</source>
        <translation>
            <numerusform>%n problem to fix first; nothing will be imported until the file or the mapping is right.</numerusform>
            <numerusform>%n problems to fix first; nothing will be imported until the file or the mapping is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n good row</numerusform>
            <numerusform>%n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n bad row</numerusform>
            <numerusform>%n bad rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/versions_dialog.py" line="+113"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) since {version}:</source>
        <translation>
            <numerusform>%n change since {version}:</numerusform>
            <numerusform>%n changes since {version}:</numerusform>
        </translation>
    </message>
</context>
</TS>
