import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolGroup,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";

/** Roles of the product; the API reads the first of them from `cognito:groups`. */
export const USER_GROUPS = [
  { name: "admin", description: "Reads everything, publishes instrument versions", precedence: 0 },
  { name: "analyst", description: "Think-tank analyst: cohort statistics, public profiles, exports", precedence: 1 },
  { name: "official", description: "Defence official bound to one country (custom:country)", precedence: 2 },
  { name: "reviewer", description: "Verifies one country's answers (custom:country); never edits", precedence: 3 },
] as const;

export interface AuthProps {
  /** Hosted UI prefix: `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domainPrefix: string;
  /** The site's https origin without a trailing slash; `<siteUrl>/` is the OAuth redirect URI. */
  readonly siteUrl: string;
  readonly mfa: "required" | "optional";
  /** RETAIN keeps the user accounts (and turns on deletion protection). */
  readonly removalPolicy: RemovalPolicy;
  /** Plus feature plan with full-function threat protection (adaptive authentication, compromised credentials). */
  readonly threatProtection: boolean;
  /** @default 12 hours — one working day between sign-ins. */
  readonly refreshTokenValidity?: Duration;
}

/** Cognito user pool (no self sign-up), role groups, a `country` attribute, hosted UI and the site's PKCE client. */
export class AuthConstruct extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: the JWT `iss`. */
  readonly issuer: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly hostedUiUrl: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = this.createUserPool(props);
    for (const group of USER_GROUPS) {
      new UserPoolGroup(this, `Group-${group.name}`, {
        userPool: this.userPool,
        groupName: group.name,
        description: group.description,
        precedence: group.precedence,
      });
    }
    this.domain = this.userPool.addDomain("HostedUi", { cognitoDomain: { domainPrefix: props.domainPrefix } });
    this.client = this.createClient(props);
    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.hostedUiUrl = this.domain.baseUrl();
    if (!props.threatProtection) {
      Validations.of(this.userPool).acknowledge({
        id: "AwsSolutions-COG8",
        reason:
          "Threat protection (Plus tier, billed per MAU) is on in prod; this stage turned it off (context " +
          "threatProtection=false or a non-prod stage). Accounts are admin-created, passwords strong, MFA on.",
      });
    }
    if (props.mfa === "optional") {
      Validations.of(this.userPool).acknowledge({
        id: "AwsSolutions-COG2",
        reason: "MFA made optional for this stage on purpose (context mfa=optional); TOTP remains available.",
      });
    }
  }

  private createUserPool(props: AuthProps): UserPool {
    return new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: { country: new StringAttribute({ minLen: 3, maxLen: 3, mutable: true }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: props.mfa === "required" ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: props.threatProtection ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      standardThreatProtectionMode: props.threatProtection ? StandardThreatProtectionMode.FULL_FUNCTION : undefined,
      userInvitation: {
        emailSubject: "Your Reengage account",
        emailBody: `Your Reengage user name is {username} and your temporary password is {####}. Sign in at ${props.siteUrl}/`,
      },
      deletionProtection: props.removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy: props.removalPolicy,
    });
  }

  private createClient(props: AuthProps): UserPoolClient {
    const redirect = `${props.siteUrl}/`;
    return this.userPool.addClient("SiteClient", {
      generateSecret: false, // public SPA client: authorization code + PKCE
      // Only the hosted UI's code flow signs in; SRP and password flows stay off (refresh tokens still work).
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [redirect],
        logoutUrls: [redirect],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: props.refreshTokenValidity ?? Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true })
        .withCustomAttributes("country"),
      // Users must never change their own country: only admins set custom:country.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });
  }
}
