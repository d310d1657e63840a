package org.offerbridge.channels.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Replies shaped as Gmail, Outlook, Apple Mail and Thunderbird write them, in the languages we speak. */
class QuotedTextTest {
    private static final String EARLIER = "12 M8 hex bolts are 54 INR.\n\nAcme Sales";
    private static final String QUOTED = "> 12 M8 hex bolts are 54 INR.\n>\n> Acme Sales";

    @Test
    void gmailEnglish() {
        String reply = "Yes, please add 20 washers M8.\n\nThanks,\nRavi\n\nOn Mon, 7 Dec 2026 at 10:15, Acme Sales <sales@shop.example> wrote:\n\n"
                + QUOTED + "\n";
        assertEquals("Yes, please add 20 washers M8.\n\nThanks,\nRavi", QuotedText.newPart(reply));
    }

    @Test
    void gmailWrapsALongAttributionBeforeTheAddress() {
        String reply = "And 3 rolls of PVC tape.\n\nOn Mon, 7 Dec 2026 at 10:15, Acme Hardware Sales Department <\nsales@shop.example> wrote:\n\n"
                + QUOTED;
        assertEquals("And 3 rolls of PVC tape.", QuotedText.newPart(reply));
    }

    @Test
    void outlookWebWithItsHeaderBlock() {
        String reply = "Please send 5 more drills.\n\nRegards\nPriya\n\n________________________________\nFrom: Acme Sales <sales@shop.example>\n"
                + "Sent: Monday, December 7, 2026 10:15 AM\nTo: Priya Nair <priya@buyer.example>\nSubject: Re: Quote for drills\n\n" + EARLIER;
        assertEquals("Please send 5 more drills.\n\nRegards\nPriya", QuotedText.newPart(reply));
    }

    @Test
    void outlookDesktopOriginalMessage() {
        String reply = "Confirmed, 12 bolts.\n\n-----Original Message-----\nFrom: Acme Sales [mailto:sales@shop.example]\nSent: 07 December 2026 10:15\n\n"
                + EARLIER;
        assertEquals("Confirmed, 12 bolts.", QuotedText.newPart(reply));
    }

    @Test
    void outlookGermanWithoutASeparatorLine() {
        String reply = "Bitte noch 10 Muttern M8 dazu.\n\nMit freundlichen Grüßen\nJonas\n\nVon: Acme Sales <sales@shop.example>\n"
                + "Gesendet: Montag, 7. Dezember 2026 10:15\nAn: Jonas Weber <jonas@kunde.example>\nBetreff: AW: Angebot\n\n" + EARLIER;
        assertEquals("Bitte noch 10 Muttern M8 dazu.\n\nMit freundlichen Grüßen\nJonas", QuotedText.newPart(reply));
    }

    @Test
    void outlookFrenchOriginalMessage() {
        String reply = "Merci, 4 perceuses en plus.\n\n-----Message d'origine-----\nDe\u00a0: Acme Sales\nEnvoyé\u00a0: lundi 7 décembre 2026 10:15\n\n" + EARLIER;
        assertEquals("Merci, 4 perceuses en plus.", QuotedText.newPart(reply));
    }

    @Test
    void appleMailFromAPhoneWithTheAttributionQuotedToo() {
        String reply = "Need 3 more hammers.\n\nSent from my iPhone\n\n> On 7 Dec 2026, at 10:15, Acme Sales <sales@shop.example> wrote:\n>\n" + QUOTED;
        assertEquals("Need 3 more hammers.", QuotedText.newPart(reply));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thunderbird de|Am 07.12.2026 um 10:15 schrieb Acme Sales:",
        "Gmail de|Am Mo., 7. Dez. 2026 um 10:15 Uhr schrieb Acme Sales <sales@shop.example>:",
        "Thunderbird fr|Le 07/12/2026 à 10:15, Acme Sales a écrit\u00a0:",
        "Gmail fr|Le lun. 7 déc. 2026 à 10:15, Acme Sales <sales@shop.example> a écrit :",
        "Gmail es|El lun, 7 dic 2026 a las 10:15, Acme Sales (<sales@shop.example>) escribió:",
        "Apple Mail ru|7 дек. 2026 г., в 10:15, Acme Sales <sales@shop.example> написал(а):",
        "Thunderbird ru|07.12.2026 10:15, Acme Sales пишет:",
        "Gmail uk|пн, 7 груд. 2026 р. о 10:15 Acme Sales <sales@shop.example> пише:",
        "Apple Mail uk|7 груд. 2026 р. о 10:15 Acme Sales <sales@shop.example> написав(ла):",
        "Gmail hi|सोम, 7 दिस॰ 2026 को 10:15 am बजे Acme Sales <sales@shop.example> ने लिखा:",
    })
    void attributionsInEveryLanguage(String client, String attribution) {
        String reply = "20 Stück / pièces / piezas / штук / штук / नग, bitte.\n\n" + attribution + "\n" + QUOTED;
        assertEquals("20 Stück / pièces / piezas / штук / штук / नग, bitte.", QuotedText.newPart(reply), client);
    }

    @Test
    void theSignatureIsNotTheRequest() {
        assertEquals("Please quote 100 M8 washers.", QuotedText.newPart("Please quote 100 M8 washers.\n\n-- \nRavi Sharma\nSharma Traders\n+91 98765 43210"));
    }

    @Test
    void answersBetweenQuotedLinesAreKept() {
        String reply = "> Do you also need washers?\nYes, 100.\n\n> And nuts?\nNo, thanks.";
        assertEquals("Yes, 100.\n\nNo, thanks.", QuotedText.newPart(reply));
    }

    @Test
    void textWithoutQuotesIsUntouchedAndAllQuotedIsKeptWhole() {
        String plain = "My colleague wrote the list below.\nOn Monday we need: 12 bolts, 2 rolls of tape.";
        assertEquals(plain, QuotedText.newPart(plain));
        assertEquals(QUOTED, QuotedText.newPart(QUOTED), "nothing new: better parsed whole than not at all");
    }
}
