import type { ReactElement } from "react";
import type { z } from "zod";
import { AccessRequestCopyEmail, accessRequestCopyProps, accessRequestCopySubject } from "./access-request-copy";
import { AccessRequestReminderEmail, accessRequestReminderProps, accessRequestReminderSubject } from "./access-request-reminder";
import { AlreadySignedEmail, alreadySignedProps, alreadySignedSubject } from "./already-signed";
import { CampaignUpdateEmail, campaignUpdateProps, campaignUpdateSubject } from "./campaign-update";
import type { MailLinks, SenderIdentity } from "./components/email-layout";
import { ConfirmSignatureEmail, confirmSignatureProps, confirmSignatureSubject } from "./confirm-signature";
import { emailTranslator } from "./i18n";
import { InvitationEmail, invitationProps, invitationSubject } from "./invitation";
import { LetterEmail, letterProps, letterSubject } from "./letter";
import { LetterDigestEmail, letterDigestProps, letterDigestSubject } from "./letter-digest";
import { LettersCopyEmail, lettersCopyProps, lettersCopySubject } from "./letters-copy";
import { MilestoneReachedEmail, milestoneReachedProps, milestoneReachedSubject } from "./milestone-reached";
import { MyDataLinkEmail, myDataLinkProps, myDataLinkSubject } from "./my-data-link";
import { SignInLinkEmail, signInLinkProps, signInLinkSubject } from "./sign-in-link";
import { TargetBouncedEmail, targetBouncedProps, targetBouncedSubject } from "./target-bounced";
import { WriterLinkEmail, writerLinkProps, writerLinkSubject } from "./writer-link";
import type { Locale } from "@/lib/i18n/routing";

export type RenderContext = {
  locale: Locale;
  sender: SenderIdentity;
  unsubscribe?: MailLinks;
};

type Template<Schema extends z.ZodObject> = {
  props: Schema;
  /**
   * Props that carry a secret (a link with a token that acts as its recipient): queueEmail stores
   * them encrypted, and they are erased once the email is sent.
   */
  secret?: readonly (keyof z.infer<Schema> & string)[];
  subject(locale: Locale, props: z.infer<Schema>): string;
  element(props: z.infer<Schema>, context: RenderContext): ReactElement;
};

/** What a template needs from its caller: its props as queueEmail takes them (before parsing). */
export type TemplateProps<Name extends TemplateName> = z.input<(typeof templates)[Name]["props"]>;

const define = <Schema extends z.ZodObject>(template: Template<Schema>) => ({
  ...template,
  /** Parses props (stored ones come back from the database, so they are checked again) and builds the email. */
  build(props: unknown, context: RenderContext): { subject: string; element: ReactElement } {
    const parsed = template.props.parse(props);
    return { subject: template.subject(context.locale, parsed), element: template.element(parsed, context) };
  },
});

/** Every email Chorus can send, by the name stored with each queued message. */
export const templates = {
  "confirm-signature": define({
    props: confirmSignatureProps,
    secret: ["confirmUrl"],
    subject: confirmSignatureSubject,
    element: (props, context) => <ConfirmSignatureEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "already-signed": define({
    props: alreadySignedProps,
    subject: alreadySignedSubject,
    element: (props, context) => <AlreadySignedEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  invitation: define({
    props: invitationProps,
    subject: invitationSubject,
    element: (props, context) => <InvitationEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  letter: define({
    props: letterProps,
    subject: letterSubject,
    element: (props, context) => <LetterEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "letter-digest": define({
    props: letterDigestProps,
    subject: letterDigestSubject,
    element: (props, context) => <LetterDigestEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "letters-copy": define({
    props: lettersCopyProps,
    subject: lettersCopySubject,
    element: (props, context) => <LettersCopyEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "target-bounced": define({
    props: targetBouncedProps,
    subject: targetBouncedSubject,
    element: (props, context) => <TargetBouncedEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "access-request-copy": define({
    props: accessRequestCopyProps,
    subject: accessRequestCopySubject,
    element: (props, context) => <AccessRequestCopyEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "access-request-reminder": define({
    props: accessRequestReminderProps,
    subject: accessRequestReminderSubject,
    element: (props, context) => <AccessRequestReminderEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  // The organiser's test send of an update: the same email, marked, with its footer links pointing at the update.
  "campaign-update-test": define({
    props: campaignUpdateProps,
    subject: (locale, props) => `${emailTranslator(locale)("Update.testSubject")} ${props.title}`,
    element: (props, context) => <CampaignUpdateEmail {...props} locale={context.locale} sender={context.sender} unsubscribe={{ unsubscribeUrl: props.url, preferencesUrl: props.url }} test />,
  }),
  "milestone-reached": define({
    props: milestoneReachedProps,
    subject: milestoneReachedSubject,
    element: (props, context) => <MilestoneReachedEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "writer-link": define({
    props: writerLinkProps,
    secret: ["writeUrl"],
    subject: writerLinkSubject,
    element: (props, context) => <WriterLinkEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "my-data-link": define({
    props: myDataLinkProps,
    secret: ["url"],
    subject: myDataLinkSubject,
    element: (props, context) => <MyDataLinkEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "sign-in-link": define({
    props: signInLinkProps,
    secret: ["url"],
    subject: signInLinkSubject,
    element: (props, context) => <SignInLinkEmail {...props} locale={context.locale} sender={context.sender} />,
  }),
  "campaign-update": define({
    props: campaignUpdateProps,
    subject: campaignUpdateSubject,
    element: (props, context) => {
      if (!context.unsubscribe) throw new Error("a campaign update needs unsubscribe links");
      return <CampaignUpdateEmail {...props} locale={context.locale} sender={context.sender} unsubscribe={context.unsubscribe} />;
    },
  }),
};

export type TemplateName = keyof typeof templates;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}
