import { notFound } from "next/navigation";

// Any unknown path under a locale gets the translated 404 page of that locale.
export default function CatchAll() {
  notFound();
}
