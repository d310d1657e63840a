package org.offerbridge.customers.internal.demo;

import java.util.List;

import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.api.CustomerValues;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Three customer cards for the demo workspace, made through the directory. Their emails are the senders of the demo
 * requests, so those requests land on these cards.
 */
@Component(service = DemoContent.class)
public class CustomersDemoContent implements DemoContent {
    public static final List<CustomerValues> CARDS = List.of(
            new CustomerValues("Sharma Traders", "Sharma Traders Pvt Ltd", "Ravi Sharma", List.of("ravi@sharma-traders.example"),
                    List.of("+91 98765 43210"), List.of(), null, "en"),
            new CustomerValues("Bauer Anlagenbau", "Bauer Anlagenbau GmbH", "Anna Bauer", List.of("einkauf@bauer-anlagenbau.example"),
                    List.of("+49 89 1234567"), List.of(), null, "de"),
            new CustomerValues("Patel Constructions", "Patel Constructions", "Meera Patel", List.of("meera@patel-constructions.example"),
                    List.of("+91 99887 76655"), List.of(), null, "hi"));

    private final CustomerDirectory customers;

    @Activate
    public CustomersDemoContent(@Reference CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String id() {
        return "customers";
    }

    @Override
    public int order() {
        return CUSTOMERS;
    }

    @Override
    public void seed(String tenantId) {
        for (CustomerValues card : CARDS) {
            if (customers.search(card.emails().get(0), 1).isEmpty()) {
                customers.create(card);
            }
        }
    }
}
