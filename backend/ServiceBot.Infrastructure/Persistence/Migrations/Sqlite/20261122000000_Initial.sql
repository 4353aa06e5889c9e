-- Initial schema for Sqlite, generated from the EF Core model by MigrationScriptsTests. Do not edit.
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "BureauCode" TEXT NULL,
    "LeaderCode" TEXT NULL,
    "EnterpriseId" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "OwnCasesOnly" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorRole" TEXT NOT NULL,
    "Request" TEXT NOT NULL,
    "Subject" TEXT NULL
);


CREATE TABLE "Bureaus" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Bureaus" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Duties" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "LeaderInChargeCode" TEXT NULL
);


CREATE TABLE "CaseNumberCounters" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_CaseNumberCounters" PRIMARY KEY,
    "LastValue" INTEGER NOT NULL
);


CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Urgency" TEXT NOT NULL,
    "UrgencyReason" TEXT NULL,
    "Complexity" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "ContactMobile" TEXT NOT NULL,
    "ConversationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "LeadBureauCode" TEXT NULL,
    "RequiresAnswerApproval" INTEGER NOT NULL,
    "EscalationLevel" TEXT NOT NULL,
    "EscalatedToLeaderCode" TEXT NULL,
    "SuggestedBureauCode" TEXT NULL,
    "TriageConfidence" REAL NULL,
    "TriageExplanation" TEXT NULL,
    "Answer" TEXT NULL,
    "PendingAnswer" TEXT NULL,
    "PendingInformationRequest" TEXT NULL,
    "RequestedExtensionDate" TEXT NULL,
    "ReturnDeadline" INTEGER NULL,
    "ReturnCount" INTEGER NOT NULL,
    "ExtensionCount" INTEGER NOT NULL,
    "ReopenCount" INTEGER NOT NULL,
    "UnsatisfiedCount" INTEGER NOT NULL,
    "MergedIntoCaseId" TEXT NULL,
    "MergedIntoNumber" TEXT NULL,
    "CloseReason" TEXT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "DispatchedAt" INTEGER NULL,
    "SignedForAt" INTEGER NULL,
    "AnsweredAt" INTEGER NULL,
    "ClosedAt" INTEGER NULL,
    "LastChangedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "TimelineLength" INTEGER NOT NULL
);


CREATE TABLE "ChatVerifications" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_ChatVerifications" PRIMARY KEY,
    "Mobile" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL
);


CREATE TABLE "Conversations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Conversations" PRIMARY KEY,
    "ChannelId" TEXT NOT NULL,
    "ChannelConversationId" TEXT NOT NULL,
    "ServiceUrl" TEXT NULL,
    "BotId" TEXT NOT NULL,
    "BotName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "Locale" TEXT NOT NULL,
    "LinkedUserId" TEXT NULL,
    "StartedAt" INTEGER NOT NULL,
    "LastActivityAt" INTEGER NOT NULL
);


CREATE TABLE "CountyLeaders" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_CountyLeaders" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Name" TEXT NULL
);


CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);


CREATE TABLE "Deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deliveries" PRIMARY KEY AUTOINCREMENT,
    "IdempotencyKey" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "ReplyTo" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "DeliveredAt" INTEGER NULL,
    "FailedAt" INTEGER NULL,
    "LastError" TEXT NULL,
    "LockedBy" TEXT NULL,
    "LockedUntil" INTEGER NULL
);


CREATE TABLE "DialogStates" (
    "ConversationId" TEXT NOT NULL CONSTRAINT "PK_DialogStates" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);


CREATE TABLE "Enterprises" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Enterprises" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CreditCode" TEXT NOT NULL,
    "Town" TEXT NULL,
    "Industry" TEXT NULL,
    "ContactLeaderCode" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL
);


CREATE TABLE "Handoffs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Handoffs" PRIMARY KEY,
    "ConversationId" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "EnterpriseId" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "AcceptedAt" INTEGER NULL,
    "AcceptedById" TEXT NULL,
    "AcceptedByName" TEXT NULL,
    "ClosedAt" INTEGER NULL,
    "ClosedBy" TEXT NULL,
    "MessageCount" INTEGER NOT NULL,
    "LastMessageAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "HolidayNotices" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_HolidayNotices" PRIMARY KEY,
    "Notice" TEXT NOT NULL,
    "DaysOff" TEXT NOT NULL,
    "MakeUpWorkdays" TEXT NOT NULL,
    "ImportedAt" INTEGER NOT NULL
);


CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "SourceEventId" TEXT NOT NULL,
    "RecipientUserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CaseNumber" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ReadAt" INTEGER NULL
);


CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "DispatchedAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LockedBy" TEXT NULL,
    "LockedUntil" INTEGER NULL
);


CREATE TABLE "PolicyDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PolicyDocuments" PRIMARY KEY,
    "Key" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CurrentVersion" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "WithdrawnAt" INTEGER NULL,
    "WithdrawalReason" TEXT NULL
);


CREATE TABLE "PolicyRevisionCounters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PolicyRevisionCounters" PRIMARY KEY,
    "LastValue" INTEGER NOT NULL
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAttachments" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "CaseId" TEXT NULL,
    CONSTRAINT "FK_CaseAttachments_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseClocks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseClocks" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "BureauCode" TEXT NULL,
    "ResponsibleBureauCode" TEXT NULL,
    "Status" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Provisional" INTEGER NOT NULL,
    "IsWorkingDays" INTEGER NOT NULL,
    "Amount" INTEGER NOT NULL,
    "PausedAt" INTEGER NULL,
    "CompletedAt" INTEGER NULL,
    "AnnouncedLight" TEXT NOT NULL,
    "EscalationStep" INTEGER NOT NULL,
    "NextCheckAt" INTEGER NULL,
    "CaseId" TEXT NULL,
    CONSTRAINT "FK_CaseClocks_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseCoHandlers" (
    "BureauCode" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "AddedAt" INTEGER NOT NULL,
    "Input" TEXT NULL,
    "InputAt" INTEGER NULL,
    CONSTRAINT "PK_CaseCoHandlers" PRIMARY KEY ("CaseId", "BureauCode"),
    CONSTRAINT "FK_CaseCoHandlers_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseEvaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseEvaluations" PRIMARY KEY,
    "Rating" TEXT NOT NULL,
    "Solved" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "At" INTEGER NOT NULL,
    "BureauCode" TEXT NULL,
    "CaseId" TEXT NULL,
    CONSTRAINT "FK_CaseEvaluations_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseTimeline" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseTimeline" PRIMARY KEY,
    "Sequence" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "FromState" TEXT NULL,
    "ToState" TEXT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "ActorRole" TEXT NOT NULL,
    "ActorBureauCode" TEXT NULL,
    "At" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "Data" TEXT NOT NULL,
    "CaseId" TEXT NULL,
    CONSTRAINT "FK_CaseTimeline_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ConversationStates" (
    "ConversationId" TEXT NOT NULL CONSTRAINT "PK_ConversationStates" PRIMARY KEY,
    "LastSequence" INTEGER NOT NULL,
    "LockedBy" TEXT NULL,
    "LockedUntil" INTEGER NULL,
    CONSTRAINT "FK_ConversationStates_Conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "Conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "InboundActivities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InboundActivities" PRIMARY KEY AUTOINCREMENT,
    "ConversationId" TEXT NOT NULL,
    "DedupKey" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ProcessedAt" INTEGER NULL,
    "Outcome" TEXT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_InboundActivities_Conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "Conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "TranscriptActivities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TranscriptActivities" PRIMARY KEY AUTOINCREMENT,
    "ConversationId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_TranscriptActivities_Conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "Conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EnterpriseContacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EnterpriseContacts" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Mobile" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "EnterpriseId" TEXT NULL,
    CONSTRAINT "FK_EnterpriseContacts_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE CASCADE
);


CREATE TABLE "HandoffMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HandoffMessages" PRIMARY KEY,
    "HandoffId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Author" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Files" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_HandoffMessages_Handoffs_HandoffId" FOREIGN KEY ("HandoffId") REFERENCES "Handoffs" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PolicyDocumentVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PolicyDocumentVersions" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "DocumentNumber" TEXT NULL,
    "IssuingBody" TEXT NULL,
    "Publisher" TEXT NULL,
    "Region" TEXT NULL,
    "IssuedOn" TEXT NULL,
    "EffectiveFrom" TEXT NULL,
    "EffectiveUntil" TEXT NULL,
    "ValidityClause" TEXT NULL,
    "SourceFileName" TEXT NOT NULL,
    "SourceFormat" TEXT NOT NULL,
    "SourceFileKey" TEXT NULL,
    "ContentHash" TEXT NOT NULL,
    "ImportedAt" INTEGER NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    CONSTRAINT "FK_PolicyDocumentVersions_PolicyDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "PolicyDocuments" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PolicyArticles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PolicyArticles" PRIMARY KEY,
    "VersionId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Citation" TEXT NOT NULL,
    "Heading" TEXT NULL,
    "Context" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ResponsibleUnits" TEXT NOT NULL,
    "ResponsibleBureauCodes" TEXT NOT NULL,
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


CREATE INDEX "IX_CaseClocks_CaseId_Status_DueAt" ON "CaseClocks" ("CaseId", "Status", "DueAt");


CREATE INDEX "IX_CaseClocks_Kind_DueDate_Status_DueAt_CompletedAt_ResponsibleBureauCode" ON "CaseClocks" ("Kind", "DueDate", "Status", "DueAt", "CompletedAt", "ResponsibleBureauCode");


CREATE INDEX "IX_CaseClocks_Kind_StartedAt_ResponsibleBureauCode" ON "CaseClocks" ("Kind", "StartedAt", "ResponsibleBureauCode");


CREATE INDEX "IX_CaseClocks_NextCheckAt" ON "CaseClocks" ("NextCheckAt");


CREATE INDEX "IX_CaseClocks_Status_DueAt" ON "CaseClocks" ("Status", "DueAt");


CREATE INDEX "IX_CaseCoHandlers_BureauCode" ON "CaseCoHandlers" ("BureauCode");


CREATE INDEX "IX_CaseEvaluations_At_Rating_Solved_BureauCode" ON "CaseEvaluations" ("At", "Rating", "Solved", "BureauCode");


CREATE INDEX "IX_CaseEvaluations_CaseId" ON "CaseEvaluations" ("CaseId");


CREATE INDEX "IX_Cases_EnterpriseId" ON "Cases" ("EnterpriseId");


CREATE INDEX "IX_Cases_EscalationLevel_State" ON "Cases" ("EscalationLevel", "State");


CREATE INDEX "IX_Cases_LeadBureauCode_State" ON "Cases" ("LeadBureauCode", "State");


CREATE UNIQUE INDEX "IX_Cases_Number" ON "Cases" ("Number");


CREATE INDEX "IX_Cases_State_Category_LeadBureauCode_EscalationLevel_EnterpriseId_Id" ON "Cases" ("State", "Category", "LeadBureauCode", "EscalationLevel", "EnterpriseId", "Id");


CREATE INDEX "IX_Cases_State_SubmittedAt" ON "Cases" ("State", "SubmittedAt");


CREATE INDEX "IX_Cases_SubmittedAt" ON "Cases" ("SubmittedAt");


CREATE INDEX "IX_CaseTimeline_Action_At" ON "CaseTimeline" ("Action", "At");


CREATE UNIQUE INDEX "IX_CaseTimeline_CaseId_Sequence" ON "CaseTimeline" ("CaseId", "Sequence");


CREATE INDEX "IX_Conversations_ChannelId_UserId_LastActivityAt" ON "Conversations" ("ChannelId", "UserId", "LastActivityAt");


CREATE INDEX "IX_Conversations_LinkedUserId_LastActivityAt" ON "Conversations" ("LinkedUserId", "LastActivityAt");


CREATE INDEX "IX_Deliveries_DeliveredAt_FailedAt_NextAttemptAt" ON "Deliveries" ("DeliveredAt", "FailedAt", "NextAttemptAt");


CREATE UNIQUE INDEX "IX_Deliveries_IdempotencyKey" ON "Deliveries" ("IdempotencyKey");


CREATE INDEX "IX_Deliveries_Target_Id" ON "Deliveries" ("Target", "Id");


CREATE INDEX "IX_EnterpriseContacts_EnterpriseId" ON "EnterpriseContacts" ("EnterpriseId");


CREATE INDEX "IX_Enterprises_ContactLeaderCode" ON "Enterprises" ("ContactLeaderCode");


CREATE UNIQUE INDEX "IX_Enterprises_CreditCode" ON "Enterprises" ("CreditCode");


CREATE INDEX "IX_Enterprises_Town" ON "Enterprises" ("Town");


CREATE UNIQUE INDEX "IX_HandoffMessages_HandoffId_Sequence" ON "HandoffMessages" ("HandoffId", "Sequence");


CREATE INDEX "IX_Handoffs_ConversationId_Status" ON "Handoffs" ("ConversationId", "Status");


CREATE INDEX "IX_Handoffs_Status_RequestedAt" ON "Handoffs" ("Status", "RequestedAt");


CREATE INDEX "IX_InboundActivities_ConversationId_ProcessedAt_Id" ON "InboundActivities" ("ConversationId", "ProcessedAt", "Id");


CREATE UNIQUE INDEX "IX_InboundActivities_DedupKey" ON "InboundActivities" ("DedupKey");


CREATE INDEX "IX_InboundActivities_ProcessedAt_ReceivedAt" ON "InboundActivities" ("ProcessedAt", "ReceivedAt");


CREATE INDEX "IX_Notifications_RecipientUserId_ReadAt_CreatedAt" ON "Notifications" ("RecipientUserId", "ReadAt", "CreatedAt");


CREATE UNIQUE INDEX "IX_Notifications_SourceEventId_RecipientUserId" ON "Notifications" ("SourceEventId", "RecipientUserId");


CREATE INDEX "IX_OutboxMessages_DispatchedAt_NextAttemptAt" ON "OutboxMessages" ("DispatchedAt", "NextAttemptAt");


CREATE UNIQUE INDEX "IX_PolicyArticles_VersionId_Ordinal" ON "PolicyArticles" ("VersionId", "Ordinal");


CREATE UNIQUE INDEX "IX_PolicyDocuments_Key" ON "PolicyDocuments" ("Key");


CREATE UNIQUE INDEX "IX_PolicyDocuments_Revision" ON "PolicyDocuments" ("Revision");


CREATE INDEX "IX_PolicyDocumentVersions_ContentHash" ON "PolicyDocumentVersions" ("ContentHash");


CREATE UNIQUE INDEX "IX_PolicyDocumentVersions_DocumentId_Number" ON "PolicyDocumentVersions" ("DocumentId", "Number");


CREATE UNIQUE INDEX "IX_TranscriptActivities_ConversationId_IdempotencyKey" ON "TranscriptActivities" ("ConversationId", "IdempotencyKey");


CREATE UNIQUE INDEX "IX_TranscriptActivities_ConversationId_Sequence" ON "TranscriptActivities" ("ConversationId", "Sequence");


