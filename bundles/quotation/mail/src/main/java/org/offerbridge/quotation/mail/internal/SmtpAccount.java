package org.offerbridge.quotation.mail.internal;

/** What a connection needs, password in clear: lives only for one send and never reaches a log. */
record SmtpAccount(String host, int port, SmtpSecurity security, String username, String password, String fromAddress, String fromName,
        String replyTo) {

    @Override
    public String toString() {
        return "SmtpAccount[" + host + ":" + port + ", " + security.id + ", user " + username + ", password "
                + (password == null ? "none" : "***") + "]";
    }
}
