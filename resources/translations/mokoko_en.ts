<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n idea(s) exported to %1</source>
        <translation>
            <numerusform>%n idea exported to %1</numerusform>
            <numerusform>%n ideas exported to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
