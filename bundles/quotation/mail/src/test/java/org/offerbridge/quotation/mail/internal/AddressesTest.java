package org.offerbridge.quotation.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void aPlainAddressIsKeptWithItsDomainLowerCased() {
        assertEquals("Priya.Nair@buyer.example", Addresses.check("  Priya.Nair@Buyer.EXAMPLE "));
    }

    @Test
    void namesListsAndHalfAddressesAreRefusedWithAMessage() {
        for (String bad : new String[] {"", "priya", "@buyer.example", "Priya <priya@buyer.example>", "a@b.example, c@d.example",
                "priya@buyer..example", "priya@@buyer.example"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Addresses.check(bad), bad);
            assertEquals(true, e.getMessage().contains("email address"), e.getMessage());
        }
    }

    @Test
    void overlongAddressesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Addresses.check("a".repeat(250) + "@b.example"));
    }
}
