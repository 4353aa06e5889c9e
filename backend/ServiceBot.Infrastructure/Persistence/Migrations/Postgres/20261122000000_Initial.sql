-- Initial schema for Postgres, generated from the EF Core model by MigrationScriptsTests. Do not edit.
CREATE TABLE "AspNetUsers" (
    "Id" text NOT NULL,
    "DisplayName" character varying(100) NOT NULL,
    "Role" character varying(40) NOT NULL,
    "BureauCode" character varying(32),
    "LeaderCode" character varying(32),
    "EnterpriseId" uuid,
    "IsActive" boolean NOT NULL,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL,
    CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id")
);


CREATE TABLE "AuditEntries" (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" character varying(100) NOT NULL,
    "ActorRole" character varying(40) NOT NULL,
    "Request" character varying(100) NOT NULL,
    "Subject" character varying(100),
    CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id")
);


CREATE TABLE "Bureaus" (
    "Code" character varying(32) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Duties" character varying(2000) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "IsActive" boolean NOT NULL,
    "LeaderInChargeCode" character varying(32),
    CONSTRAINT "PK_Bureaus" PRIMARY KEY ("Code")
);


CREATE TABLE "CaseNumberCounters" (
    "Year" integer NOT NULL,
    "LastValue" integer NOT NULL,
    CONSTRAINT "PK_CaseNumberCounters" PRIMARY KEY ("Year")
);


CREATE TABLE "Cases" (
    "Id" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "Channel" character varying(50) NOT NULL,
    "Type" character varying(40) NOT NULL,
    "Category" character varying(50) NOT NULL,
    "Title" character varying(100) NOT NULL,
    "Description" character varying(4000) NOT NULL,
    "Urgency" character varying(40) NOT NULL,
    "UrgencyReason" text,
    "Complexity" character varying(40) NOT NULL,
    "EnterpriseId" uuid NOT NULL,
    "ContactName" character varying(50) NOT NULL,
    "ContactMobile" character varying(20) NOT NULL,
    "ConversationId" character varying(200),
    "State" character varying(40) NOT NULL,
    "LeadBureauCode" character varying(32),
    "RequiresAnswerApproval" boolean NOT NULL,
    "EscalationLevel" character varying(40) NOT NULL,
    "EscalatedToLeaderCode" character varying(32),
    "SuggestedBureauCode" character varying(32),
    "TriageConfidence" double precision,
    "TriageExplanation" text,
    "Answer" text,
    "PendingAnswer" text,
    "PendingInformationRequest" text,
    "RequestedExtensionDate" date,
    "ReturnDeadline" timestamp with time zone,
    "ReturnCount" integer NOT NULL,
    "ExtensionCount" integer NOT NULL,
    "ReopenCount" integer NOT NULL,
    "UnsatisfiedCount" integer NOT NULL,
    "MergedIntoCaseId" uuid,
    "MergedIntoNumber" character varying(20),
    "CloseReason" character varying(40),
    "SubmittedAt" timestamp with time zone NOT NULL,
    "DispatchedAt" timestamp with time zone,
    "SignedForAt" timestamp with time zone,
    "AnsweredAt" timestamp with time zone,
    "ClosedAt" timestamp with time zone,
    "LastChangedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "TimelineLength" integer NOT NULL,
    CONSTRAINT "PK_Cases" PRIMARY KEY ("Id")
);


CREATE TABLE "CountyLeaders" (
    "Code" character varying(32) NOT NULL,
    "Title" character varying(50) NOT NULL,
    "Name" character varying(50),
    CONSTRAINT "PK_CountyLeaders" PRIMARY KEY ("Code")
);


CREATE TABLE "Enterprises" (
    "Id" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "CreditCode" character varying(18) NOT NULL,
    "Town" character varying(50),
    "Industry" character varying(50),
    "ContactLeaderCode" character varying(32),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Enterprises" PRIMARY KEY ("Id")
);


CREATE TABLE "HolidayNotices" (
    "Year" integer NOT NULL,
    "Notice" character varying(500) NOT NULL,
    "DaysOff" date[] NOT NULL,
    "MakeUpWorkdays" date[] NOT NULL,
    "ImportedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_HolidayNotices" PRIMARY KEY ("Year")
);


CREATE TABLE "Notifications" (
    "Id" uuid NOT NULL,
    "SourceEventId" uuid NOT NULL,
    "RecipientUserId" character varying(100) NOT NULL,
    "Kind" character varying(60) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Body" character varying(4000) NOT NULL,
    "CaseNumber" character varying(20),
    "CreatedAt" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id")
);


CREATE TABLE "OutboxMessages" (
    "Id" uuid NOT NULL,
    "Type" character varying(100) NOT NULL,
    "Payload" text NOT NULL,
    "OccurredAt" timestamp with time zone NOT NULL,
    "DispatchedAt" timestamp with time zone,
    "Attempts" integer NOT NULL,
    "NextAttemptAt" timestamp with time zone NOT NULL,
    "LastError" character varying(2000),
    "LockedBy" character varying(100),
    "LockedUntil" timestamp with time zone,
    CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Id")
);


CREATE TABLE "PolicyDocuments" (
    "Id" uuid NOT NULL,
    "Key" character varying(100),
    "Title" character varying(200) NOT NULL,
    "Status" character varying(40) NOT NULL,
    "CurrentVersion" integer NOT NULL,
    "Revision" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(100) NOT NULL,
    "WithdrawnAt" timestamp with time zone,
    "WithdrawalReason" character varying(500),
    CONSTRAINT "PK_PolicyDocuments" PRIMARY KEY ("Id")
);


CREATE TABLE "PolicyRevisionCounters" (
    "Id" integer NOT NULL,
    "LastValue" bigint NOT NULL,
    CONSTRAINT "PK_PolicyRevisionCounters" PRIMARY KEY ("Id")
);


CREATE TABLE "AspNetUserClaims" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "UserId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text,
    CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" text NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" text NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseAttachments" (
    "Id" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "StorageKey" character varying(200) NOT NULL,
    "UploadedBy" character varying(100) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "CaseId" uuid,
    CONSTRAINT "PK_CaseAttachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CaseAttachments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseClocks" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "BureauCode" character varying(32),
    "Status" character varying(40) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "DueAt" timestamp with time zone NOT NULL,
    "DueDate" date NOT NULL,
    "Provisional" boolean NOT NULL,
    "IsWorkingDays" boolean NOT NULL,
    "Amount" integer NOT NULL,
    "PausedAt" timestamp with time zone,
    "CompletedAt" timestamp with time zone,
    "CaseId" uuid,
    CONSTRAINT "PK_CaseClocks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CaseClocks_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseCoHandlers" (
    "BureauCode" character varying(32) NOT NULL,
    "CaseId" uuid NOT NULL,
    "AddedAt" timestamp with time zone NOT NULL,
    "Input" character varying(4000),
    "InputAt" timestamp with time zone,
    CONSTRAINT "PK_CaseCoHandlers" PRIMARY KEY ("CaseId", "BureauCode"),
    CONSTRAINT "FK_CaseCoHandlers_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseEvaluations" (
    "Id" uuid NOT NULL,
    "Rating" character varying(40) NOT NULL,
    "Solved" boolean NOT NULL,
    "Comment" character varying(4000),
    "At" timestamp with time zone NOT NULL,
    "CaseId" uuid,
    CONSTRAINT "PK_CaseEvaluations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CaseEvaluations_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseTimeline" (
    "Id" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Action" character varying(40) NOT NULL,
    "FromState" character varying(40),
    "ToState" character varying(40),
    "ActorId" character varying(100) NOT NULL,
    "ActorName" character varying(100) NOT NULL,
    "ActorRole" character varying(40) NOT NULL,
    "ActorBureauCode" character varying(32),
    "At" timestamp with time zone NOT NULL,
    "Note" character varying(4000),
    "Data" character varying(2000) NOT NULL,
    "CaseId" uuid,
    CONSTRAINT "PK_CaseTimeline" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CaseTimeline_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EnterpriseContacts" (
    "Id" uuid NOT NULL,
    "Name" character varying(50) NOT NULL,
    "Mobile" character varying(20) NOT NULL,
    "UserId" character varying(100),
    "EnterpriseId" uuid,
    CONSTRAINT "PK_EnterpriseContacts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_EnterpriseContacts_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PolicyDocumentVersions" (
    "Id" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Title" character varying(200) NOT NULL,
    "DocumentNumber" character varying(100),
    "IssuingBody" character varying(200),
    "Publisher" character varying(200),
    "Region" character varying(50),
    "IssuedOn" date,
    "EffectiveFrom" date,
    "EffectiveUntil" date,
    "ValidityClause" character varying(1000),
    "SourceFileName" character varying(260) NOT NULL,
    "SourceFormat" character varying(10) NOT NULL,
    "SourceFileKey" character varying(300),
    "ContentHash" character varying(64) NOT NULL,
    "ImportedAt" timestamp with time zone NOT NULL,
    "ImportedBy" character varying(100) NOT NULL,
    CONSTRAINT "PK_PolicyDocumentVersions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PolicyDocumentVersions_PolicyDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "PolicyDocuments" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PolicyArticles" (
    "Id" uuid NOT NULL,
    "VersionId" uuid NOT NULL,
    "Ordinal" integer NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Number" character varying(50) NOT NULL,
    "Citation" character varying(100) NOT NULL,
    "Heading" character varying(200),
    "Context" text[] NOT NULL,
    "Text" character varying(20000) NOT NULL,
    "ResponsibleUnits" text[] NOT NULL,
    "ResponsibleBureauCodes" text[] NOT NULL,
    CONSTRAINT "PK_PolicyArticles" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PolicyArticles_PolicyDocumentVersions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "PolicyDocumentVersions" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_EnterpriseId" ON "AspNetUsers" ("EnterpriseId");


CREATE INDEX "IX_AspNetUsers_Role_BureauCode" ON "AspNetUsers" ("Role", "BureauCode");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");


CREATE INDEX "IX_CaseAttachments_CaseId" ON "CaseAttachments" ("CaseId");


CREATE INDEX "IX_CaseClocks_CaseId" ON "CaseClocks" ("CaseId");


CREATE INDEX "IX_CaseClocks_Status_DueAt" ON "CaseClocks" ("Status", "DueAt");


CREATE INDEX "IX_CaseCoHandlers_BureauCode" ON "CaseCoHandlers" ("BureauCode");


CREATE INDEX "IX_CaseEvaluations_CaseId" ON "CaseEvaluations" ("CaseId");


CREATE INDEX "IX_Cases_EnterpriseId" ON "Cases" ("EnterpriseId");


CREATE INDEX "IX_Cases_LeadBureauCode_State" ON "Cases" ("LeadBureauCode", "State");


CREATE UNIQUE INDEX "IX_Cases_Number" ON "Cases" ("Number");


CREATE INDEX "IX_Cases_State_SubmittedAt" ON "Cases" ("State", "SubmittedAt");


CREATE INDEX "IX_Cases_SubmittedAt" ON "Cases" ("SubmittedAt");


CREATE UNIQUE INDEX "IX_CaseTimeline_CaseId_Sequence" ON "CaseTimeline" ("CaseId", "Sequence");


CREATE INDEX "IX_EnterpriseContacts_EnterpriseId" ON "EnterpriseContacts" ("EnterpriseId");


CREATE UNIQUE INDEX "IX_Enterprises_CreditCode" ON "Enterprises" ("CreditCode");


CREATE INDEX "IX_Notifications_RecipientUserId_ReadAt_CreatedAt" ON "Notifications" ("RecipientUserId", "ReadAt", "CreatedAt");


CREATE UNIQUE INDEX "IX_Notifications_SourceEventId_RecipientUserId" ON "Notifications" ("SourceEventId", "RecipientUserId");


CREATE INDEX "IX_OutboxMessages_DispatchedAt_NextAttemptAt" ON "OutboxMessages" ("DispatchedAt", "NextAttemptAt");


CREATE UNIQUE INDEX "IX_PolicyArticles_VersionId_Ordinal" ON "PolicyArticles" ("VersionId", "Ordinal");


CREATE UNIQUE INDEX "IX_PolicyDocuments_Key" ON "PolicyDocuments" ("Key");


CREATE UNIQUE INDEX "IX_PolicyDocuments_Revision" ON "PolicyDocuments" ("Revision");


CREATE INDEX "IX_PolicyDocumentVersions_ContentHash" ON "PolicyDocumentVersions" ("ContentHash");


CREATE UNIQUE INDEX "IX_PolicyDocumentVersions_DocumentId_Number" ON "PolicyDocumentVersions" ("DocumentId", "Number");


