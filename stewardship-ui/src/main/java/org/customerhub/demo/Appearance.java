package org.customerhub.demo;

import java.time.LocalDate;

/**
 * A person as one record captures them, after the generator applied this record's variations and before the silo
 * formats it. Fields may differ from the {@link Person}: a nickname, a maiden name, an old address.
 */
record Appearance(String given, String middle, String family, String suffix, LocalDate dateOfBirth,
                  Address address, Phone phone, String email, Gender gender, Origin origin) {
}
