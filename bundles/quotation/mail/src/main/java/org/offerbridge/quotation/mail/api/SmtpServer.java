package org.offerbridge.quotation.mail.api;

/** An SMTP server and its login, password in clear: lives only for one send and never reaches a log. */
public record SmtpServer(String host, int port, MailSecurity security, String username, String password) {

    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security.id() + ", user " + username + ", password "
                + (password == null ? "none" : "***") + "]";
    }
}
