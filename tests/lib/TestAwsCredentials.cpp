// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/AwsCredentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SECRET = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;

const QByteArray CREDENTIALS = "# written by aws configure\n"
                               "[default]\n"
                               "aws_access_key_id = AKIDDEFAULT\n"
                               "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"
                               "\n"
                               "; a temporary one\r\n"
                               "[  dev  ]\r\n"
                               "  \r\n"
                               "AWS_ACCESS_KEY_ID=ASIADEV\r\n"
                               "aws_secret_access_key=devsecret/+=\r\n"
                               "aws_session_token =   FwoGZXIvYXdzEJr//token==   \r\n"
                               "[keyonly]\n"
                               "aws_access_key_id = AKIDKEYONLY\n"
                               "[secretonly]\n"
                               "aws_secret_access_key = onlysecret\n";

const QByteArray CONFIG = "[default]\n"
                          "region = eu-west-1\n"
                          "[profile dev]\n"
                          "region = us-east-2\n"
                          "s3 =\n"
                          "  region = nested-not-this\n"
                          "output = json\n"
                          "[profile cfgkeys]\n"
                          "aws_access_key_id = AKIDCONFIG\n"
                          "aws_secret_access_key = configsecret\n"
                          "region = ap-south-1\n"
                          "[profile role]\n"
                          "role_arn = arn:aws:iam::123456789012:role/dev\n"
                          "source_profile = default\n"
                          "[profile sso]\n"
                          "sso_session = corp\n"
                          "[sso-session corp]\n"
                          "sso_start_url = https://example.awsapps.com/start\n"
                          "[dev]\n"
                          "region = not-a-profile-section-in-config\n";

} // namespace

/// AWS credentials from the environment and the shared files (pure parsers with file contents; temporary files for
/// the loaders). Never the real home folder.
class TestAwsCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environment();
    void environmentDefaultRegion();
    void environmentIncomplete_data();
    void environmentIncomplete();
    void profiles_data();
    void profiles();
    void profileErrors_data();
    void profileErrors();
    void profileNames();
    void noFiles();
    void sharedFilePaths();
    void loadFromTemporaryFiles();
};

void TestAwsCredentials::environment()
{
    const Aws::Environment env{{u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s},
                               {u"AWS_SECRET_ACCESS_KEY"_s, SECRET},
                               {u"AWS_SESSION_TOKEN"_s, u"tok"_s},
                               {u"AWS_REGION"_s, u"eu-central-1"_s},
                               {u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s}};
    const auto result = Aws::credentialsFromEnvironment(env);
    QVERIFY(result.ok());
    QVERIFY(result->has_value());
    const Aws::AwsCredentials& c = **result;
    QCOMPARE(c.accessKeyId, u"AKIDENV"_s);
    QCOMPARE(c.secretAccessKey, SECRET);
    QCOMPARE(c.sessionToken, u"tok"_s);
    QCOMPARE(c.region, u"eu-central-1"_s); // AWS_REGION wins over AWS_DEFAULT_REGION
    QVERIFY(c.hasKeys());
    // Nothing set: no credentials, no error.
    const auto none = Aws::credentialsFromEnvironment({{u"HOME"_s, u"/x"_s}});
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
}

void TestAwsCredentials::environmentDefaultRegion()
{
    const auto result = Aws::credentialsFromEnvironment({{u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s},
                                                         {u"AWS_SECRET_ACCESS_KEY"_s, SECRET},
                                                         {u"AWS_DEFAULT_REGION"_s, u"us-west-2"_s}});
    QVERIFY(result.ok() && result->has_value());
    QCOMPARE((*result)->region, u"us-west-2"_s);
    QVERIFY((*result)->sessionToken.isEmpty());
}

void TestAwsCredentials::environmentIncomplete_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("key id only") << u"AKIDENV"_s << QString() << u"AWS_SECRET_ACCESS_KEY is not"_s;
    QTest::newRow("secret only") << QString() << SECRET << u"AWS_ACCESS_KEY_ID is not"_s;
}

void TestAwsCredentials::environmentIncomplete()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, mentions);
    Aws::Environment env;
    if (!keyId.isEmpty()) {
        env.insert(u"AWS_ACCESS_KEY_ID"_s, keyId);
    }
    if (!secret.isEmpty()) {
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, secret);
    }
    const auto result = Aws::credentialsFromEnvironment(env);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"incomplete_credentials"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(SECRET));
}

void TestAwsCredentials::profiles_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");
    QTest::newRow("default") << u"default"_s << u"AKIDDEFAULT"_s << SECRET << QString() << u"eu-west-1"_s;
    // CRLF, padded section name, upper-case key, spaces around values, nested s3 region ignored.
    QTest::newRow("dev, session token") << u"dev"_s << u"ASIADEV"_s << u"devsecret/+="_s
                                        << u"FwoGZXIvYXdzEJr//token=="_s << u"us-east-2"_s;
    QTest::newRow("keys in config") << u"cfgkeys"_s << u"AKIDCONFIG"_s << u"configsecret"_s << QString()
                                    << u"ap-south-1"_s;
}

void TestAwsCredentials::profiles()
{
    QFETCH(QString, profile);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, region);
    const auto result = Aws::credentialsFromProfile(profile, CREDENTIALS, CONFIG);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->accessKeyId, keyId);
    QCOMPARE(result->secretAccessKey, secret);
    QCOMPARE(result->sessionToken, token);
    QCOMPARE(result->region, region);
    QVERIFY(result->source.contains(profile));
}

void TestAwsCredentials::profileErrors_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing") << u"prod"_s << u"profile_not_found"_s
                             << u"Profiles that exist: default, dev, keyonly, secretonly, cfgkeys, role, sso."_s;
    QTest::newRow("key id without secret")
        << u"keyonly"_s << u"incomplete_credentials"_s << u"AKIDKEYONLY but no aws_secret_access_key"_s;
    QTest::newRow("secret without key id")
        << u"secretonly"_s << u"incomplete_credentials"_s << u"no aws_access_key_id"_s;
    QTest::newRow("role") << u"role"_s << u"unsupported_profile"_s << u"export-credentials --profile role"_s;
    QTest::newRow("sso") << u"sso"_s << u"unsupported_profile"_s << u"SSO"_s;
}

void TestAwsCredentials::profileErrors()
{
    QFETCH(QString, profile);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const auto result = Aws::credentialsFromProfile(profile, CREDENTIALS, CONFIG);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    for (const QString& secret : {SECRET, u"devsecret"_s, u"onlysecret"_s, u"configsecret"_s}) {
        QVERIFY(!result.error().message.contains(secret));
    }
}

void TestAwsCredentials::profileNames()
{
    QCOMPARE(Aws::profileNames(CREDENTIALS, CONFIG),
             QStringList({u"default"_s, u"dev"_s, u"keyonly"_s, u"secretonly"_s, u"cfgkeys"_s, u"role"_s, u"sso"_s}));
    QCOMPARE(Aws::profileNames(QByteArray(), QByteArray()), QStringList());
    // The config file alone: [default] and [profile x] only.
    QCOMPARE(Aws::profileNames(QByteArray(), "[profile a]\n[default]\n[b]\n"), QStringList({u"a"_s, u"default"_s}));
}

void TestAwsCredentials::noFiles()
{
    const Aws::SharedFiles files{u"/nowhere/credentials"_s, u"/nowhere/config"_s};
    const auto result = Aws::credentialsFromProfile(u"default"_s, QByteArray(), QByteArray(), files);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"no_credentials_file"_s);
    QVERIFY(result.error().message.contains(u"/nowhere/credentials"_s));
    // Files exist but are empty: the profile is missing and no profile exists.
    const auto empty = Aws::credentialsFromProfile(u"default"_s, QByteArray(""), QByteArray(""), files);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, u"profile_not_found"_s);
    QVERIFY(empty.error().message.contains(u"aws configure"_s));
}

void TestAwsCredentials::sharedFilePaths()
{
    const auto plain = Aws::sharedFilePaths({}, u"/home/u"_s);
    QCOMPARE(plain.credentialsPath, u"/home/u/.aws/credentials"_s);
    QCOMPARE(plain.configPath, u"/home/u/.aws/config"_s);
    const auto custom = Aws::sharedFilePaths(
        {{u"AWS_SHARED_CREDENTIALS_FILE"_s, u"~/creds"_s}, {u"AWS_CONFIG_FILE"_s, u"/etc/aws.cfg"_s}}, u"/home/u"_s);
    QCOMPARE(custom.credentialsPath, u"/home/u/creds"_s);
    QCOMPARE(custom.configPath, u"/etc/aws.cfg"_s);
    QCOMPARE(Aws::defaultProfileName({}), u"default"_s);
    QCOMPARE(Aws::defaultProfileName({{u"AWS_PROFILE"_s, u"dev"_s}}), u"dev"_s);
}

void TestAwsCredentials::loadFromTemporaryFiles()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    // AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE point outside the (empty) home folder.
    const QString credentialsPath = elsewhere.filePath(u"creds"_s);
    const QString configPath = elsewhere.filePath(u"conf"_s);
    for (const auto& [path, content] : {std::pair{credentialsPath, CREDENTIALS}, std::pair{configPath, CONFIG}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Aws::Environment env{{u"AWS_SHARED_CREDENTIALS_FILE"_s, credentialsPath},
                               {u"AWS_CONFIG_FILE"_s, configPath},
                               {u"AWS_PROFILE"_s, u"dev"_s}};
    const auto dev = Aws::loadProfile(QString(), env, home.path());
    QVERIFY2(dev.ok(), qPrintable(dev.ok() ? QString() : dev.error().message));
    QCOMPARE(dev->accessKeyId, u"ASIADEV"_s);
    QCOMPARE(dev->region, u"us-east-2"_s);
    const auto named = Aws::loadProfile(u"default"_s, env, home.path());
    QVERIFY(named.ok());
    QCOMPARE(named->accessKeyId, u"AKIDDEFAULT"_s);
    QCOMPARE(Aws::listProfiles(env, home.path()).size(), 7);
    // Without the variables the (empty) home folder is used: no files.
    const auto none = Aws::loadProfile(QString(), {}, home.path());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"no_credentials_file"_s);
    QVERIFY(none.error().message.contains(home.path() + u"/.aws/credentials"_s));
    QVERIFY(Aws::listProfiles({}, home.path()).isEmpty());
}

QTEST_APPLESS_MAIN(TestAwsCredentials)
#include "TestAwsCredentials.moc"
