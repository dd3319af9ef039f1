package org.casedesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session's record of the signed-in caller, as it moves to another node. */
class SignedInTest {

  @Test
  void movesAsAFewBytesAndIsCheckedAgainOnTheNodeThatReadsIt() throws Exception {
    SignedIn signedIn = new SignedIn("hn-12345678", Set.of("HANDLER"));
    assertThat(signedIn.checkedHere()).as("the node that signed the caller in").isTrue();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(signedIn);
    }
    SignedIn moved;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      moved = (SignedIn) in.readObject();
    }

    System.out.printf("SIGNED-IN serialized=%d bytes%n", bytes.size());
    assertThat(bytes.size()).isLessThan(400);
    assertThat(moved.caller()).isEqualTo("hn-12345678");
    assertThat(moved.groups()).containsExactly("HANDLER");
    assertThat(moved.checkedHere()).as("another node checks the account first").isFalse();
  }
}
