import { describe, expect, it } from "vitest";
import { maskAddress } from "./mask-address";

describe("maskAddress", () => {
  it("keeps the first letters and the top-level domain only", () => {
    expect(maskAddress("marie.tremblay@exemple.ca")).toBe("m•••@e•••.ca");
    expect(maskAddress("Jo@mail.example.org")).toBe("J•••@m•••.org");
    expect(maskAddress("élise@courriel.qc.ca")).toBe("é•••@c•••.ca");
  });

  it("hides everything of something that is not an address", () => {
    expect(maskAddress("nobody")).toBe("•••");
    expect(maskAddress("@example.ca")).toBe("•••");
    expect(maskAddress("a@localhost")).toBe("a•••@l•••");
  });
});
