package org.offerbridge.quotation.mail.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The connection rules quote mail and the email channel share. */
class MailSecurityTest {
    @Test
    void namesAndPorts() {
        assertEquals(Optional.of(MailSecurity.TLS), MailSecurity.of("SSL"), "ssl is another name for tls");
        assertEquals(Optional.of(MailSecurity.STARTTLS), MailSecurity.of(" starttls "));
        assertEquals(Optional.empty(), MailSecurity.of("plain"));
        assertEquals(587, MailSecurity.STARTTLS.smtpPort());
        assertEquals(993, MailSecurity.TLS.imapPort());
    }

    @Test
    void starttlsIsRequiredNeverAPlainFallbackAndTheNameIsChecked() {
        Properties p = new Properties();
        MailSecurity.STARTTLS.apply(p, "imap");
        assertEquals("true", p.getProperty("mail.imap.starttls.required"));
        assertEquals("true", p.getProperty("mail.imap.ssl.checkserveridentity"));
        Properties none = new Properties();
        MailSecurity.NONE.apply(none, "smtp");
        assertTrue(none.isEmpty());
        Properties tls = new Properties();
        MailSecurity.TLS.apply(tls, "smtp");
        assertEquals("true", tls.getProperty("mail.smtp.ssl.enable"));
        assertNull(tls.getProperty("mail.smtp.starttls.enable"));
    }

    @Test
    void hostNames() {
        assertTrue(MailHosts.isHostName("smtp.shop.example"));
        assertTrue(MailHosts.isHostName("127.0.0.1"));
        assertFalse(MailHosts.isHostName("smtp.shop.example/evil"));
        assertFalse(MailHosts.isHostName(null));
    }
}
