package org.offerbridge.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.customers.api.Customer.Handle;

class ContactLinesTest {

    @Test
    void linesSkipBlanksAndRememberTheirLineNumbers() {
        ContactLines.Lines l = ContactLines.lines("  ana@acme.example \r\n\n   \nops@acme.example\n");
        assertEquals(List.of("ana@acme.example", "ops@acme.example"), l.values());
        assertEquals(List.of(1, 4), l.lineNumbers());
        assertEquals(4, l.lineOf(1));
        assertEquals(-1, l.lineOf(2));
        assertEquals(-1, l.lineOf(-1));
        assertEquals(List.of(), ContactLines.lines(null).values());
        assertEquals(List.of(), ContactLines.lines("").values());
    }

    @Test
    void handleLinesSplitAtTheFirstColon() {
        assertEquals(List.of(new Handle("whatsapp", "+91 98765 43210"), new Handle("instagram", "https://instagram.com/acme"),
                new Handle("Telegram", "@acme")),
                ContactLines.handles(ContactLines.lines("whatsapp: +91 98765 43210\ninstagram:https://instagram.com/acme\n Telegram :  @acme ")));
    }

    @Test
    void emptyPartsAreLeftToTheDirectoryToReject() {
        assertEquals(List.of(new Handle("", "@acme"), new Handle("telegram", "")),
                ContactLines.handles(ContactLines.lines(": @acme\ntelegram:")));
    }

    @Test
    void aHandleLineWithoutColonNamesItsLine() {
        ContactLines.NoChannelException e = assertThrows(ContactLines.NoChannelException.class,
                () -> ContactLines.handles(ContactLines.lines("whatsapp: +91 98765 43210\n\n@acme")));
        assertEquals(3, e.line());
    }

    @Test
    void handlesFormatBackToWhatTheyParseFrom() {
        List<Handle> handles = List.of(new Handle("whatsapp", "+91 98765 43210"), new Handle("telegram", "@acme"));
        assertEquals("whatsapp: +91 98765 43210\ntelegram: @acme", ContactLines.format(handles));
        assertEquals(handles, ContactLines.handles(ContactLines.lines(ContactLines.format(handles))));
        assertEquals("", ContactLines.format(List.of()));
    }

    @Test
    void problemFieldsMapToTheFormFieldAndEntry() {
        assertEquals("handles", ContactLines.baseField("handles[0].channel"));
        assertEquals("emails", ContactLines.baseField("emails[12]"));
        assertEquals("emails", ContactLines.baseField("emails"));
        assertEquals("name", ContactLines.baseField("name"));
        assertNull(ContactLines.baseField(null));
        assertEquals(0, ContactLines.index("handles[0].channel"));
        assertEquals(12, ContactLines.index("emails[12]"));
        assertEquals(-1, ContactLines.index("emails"));
        assertEquals(-1, ContactLines.index(null));
    }
}
