package org.offerbridge.rfqform.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory.StaffMember;

/** How the form's recipient entries become the addresses a notification is sent to. */
class RecipientsTest {
    private static final Map<String, StaffMember> STAFF = Map.of(
            "u-ana", new StaffMember("u-ana", "Ana@Seller.example", "Ana", Role.SALES, true),
            "u-bo", new StaffMember("u-bo", "bo@seller.example", "Bo", Role.ADMIN, false),
            "u-cy", new StaffMember("u-cy", "sales@seller.example", "Cy", Role.SALES, true),
            "u-dee", new StaffMember("u-dee", null, "Dee", Role.SALES, true));

    private static List<String> resolve(String... entries) {
        return SellerNotifier.resolve(List.of(entries), id -> Optional.ofNullable(STAFF.get(id)));
    }

    @Test
    void aUserIdIsTheUsersCurrentEmailAndAnAddressIsItself() {
        assertEquals(List.of("ana@seller.example", "orders@acme.example"), resolve("u-ana", "orders@acme.example"));
    }

    @Test
    void deactivatedRemovedAndAddresslessUsersAreSkipped() {
        assertEquals(List.of("orders@acme.example"), resolve("u-bo", "u-gone", "u-dee", "orders@acme.example"));
        assertEquals(List.of(), resolve("u-bo", "u-gone"), "nobody left: the caller's no-recipients path applies");
    }

    @Test
    void anAddressThatIsAlsoAChosenUsersEmailIsSentOnce() {
        assertEquals(List.of("sales@seller.example", "ana@seller.example"), resolve("Sales@Seller.example", "u-ana", "u-cy", "ana@seller.example"));
    }
}
