package vn.kehoach.domain;

/** Someone who signs plans. */
public record Person(Long id, String fullName, String title, Long organizationId) {
    public Person {
        fullName = Text.clean(fullName);
        title = Text.clean(title);
    }
}
