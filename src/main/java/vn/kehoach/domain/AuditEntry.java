package vn.kehoach.domain;

import java.time.LocalDateTime;

/** Who changed what, from which machine, when. */
public record AuditEntry(Long id, LocalDateTime at, String osUser, String machine, String action, String entity,
                         Long entityId, String detail) {}
