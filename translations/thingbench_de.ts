<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>assumes the role %1</source>
        <translation>übernimmt die Rolle %1</translation>
    </message>
    <message>
        <source>signs in with IAM Identity Center (SSO)</source>
        <translation>meldet sich mit IAM Identity Center (SSO) an</translation>
    </message>
    <message>
        <source>runs a credential process</source>
        <translation>führt einen Credential-Prozess aus</translation>
    </message>
    <message>
        <source>uses a web identity token</source>
        <translation>verwendet ein Web-Identity-Token</translation>
    </message>
    <message>
        <source>Profile “%1” has no aws_access_key_id and aws_secret_access_key. Add them (aws configure --profile %1) or choose another profile.</source>
        <translation>Profil „%1“ hat weder aws_access_key_id noch aws_secret_access_key. Fügen Sie beide hinzu (aws configure --profile %1), oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>Profile “%1” %2, which ThingBench does not do itself. Export temporary keys with “aws configure export-credentials --profile %1 --format env” and use them from the environment.</source>
        <translation>Profil „%1“ %2, was ThingBench nicht selbst erledigt. Exportieren Sie temporäre Schlüssel mit „aws configure export-credentials --profile %1 --format env“, und verwenden Sie sie aus der Umgebung.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set (%1) but AWS_SECRET_ACCESS_KEY is not. Set both, or unset AWS_ACCESS_KEY_ID to use a profile.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt (%1), AWS_SECRET_ACCESS_KEY aber nicht. Setzen Sie beide, oder entfernen Sie AWS_ACCESS_KEY_ID, um ein Profil zu verwenden.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not. Set both, or unset AWS_SECRET_ACCESS_KEY to use a profile.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht. Setzen Sie beide, oder entfernen Sie AWS_SECRET_ACCESS_KEY, um ein Profil zu verwenden.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>No AWS credentials file found (looked for “%1” and “%2”). Run “aws configure”, set AWS_SHARED_CREDENTIALS_FILE, or give the keys in the environment.</source>
        <translation>Keine AWS-Zugangsdaten-Datei gefunden (gesucht: „%1“ und „%2“). Führen Sie „aws configure“ aus, setzen Sie AWS_SHARED_CREDENTIALS_FILE, oder geben Sie die Schlüssel in der Umgebung an.</translation>
    </message>
    <message>
        <source>Profile “%1” not found: the AWS shared files define no profiles. Run “aws configure --profile %1”.</source>
        <translation>Profil „%1“ nicht gefunden: Die gemeinsamen AWS-Dateien definieren keine Profile. Führen Sie „aws configure --profile %1“ aus.</translation>
    </message>
    <message>
        <source>Profile “%1” not found. Profiles that exist: %2.</source>
        <translation>Profil „%1“ nicht gefunden. Vorhandene Profile: %2.</translation>
    </message>
    <message>
        <source>profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Profile “%1” has aws_access_key_id %2 but no aws_secret_access_key. Add the secret that belongs to this key.</source>
        <translation>Profil „%1“ hat aws_access_key_id %2, aber keinen aws_secret_access_key. Fügen Sie den geheimen Schlüssel hinzu, der zu diesem Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Profile “%1” has an aws_secret_access_key but no aws_access_key_id. Add the key ID.</source>
        <translation>Profil „%1“ hat einen aws_secret_access_key, aber keine aws_access_key_id. Fügen Sie die Schlüssel-ID hinzu.</translation>
    </message>
    <message>
        <source>No access key ID given. Give the AWS access key ID (it starts with AKIA or ASIA), or a profile that has one.</source>
        <translation>Keine Zugriffsschlüssel-ID angegeben. Geben Sie die AWS-Zugriffsschlüssel-ID an (sie beginnt mit AKIA oder ASIA) oder ein Profil, das eine enthält.</translation>
    </message>
    <message>
        <source>The access key ID “%1” contains a slash or spaces. Copy it again from the IAM console or your credentials file.</source>
        <translation>Die Zugriffsschlüssel-ID „%1“ enthält einen Schrägstrich oder Leerzeichen. Kopieren Sie sie erneut aus der IAM-Konsole oder Ihrer Zugangsdaten-Datei.</translation>
    </message>
    <message>
        <source>No secret access key given for access key ID “%1”. Give the secret that belongs to this key.</source>
        <translation>Kein geheimer Zugriffsschlüssel für die Zugriffsschlüssel-ID „%1“ angegeben. Geben Sie den geheimen Schlüssel an, der zu diesem Schlüssel gehört.</translation>
    </message>
    <message>
        <source>No valid region given. Use the region of the endpoint, e.g. eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation>Keine gültige Region angegeben. Verwenden Sie die Region des Endpunkts, z. B. eu-west-1 für abc-ats.iot.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>No valid service name given. AWS IoT&apos;s WebSocket endpoint uses iotdevicegateway.</source>
        <translation>Kein gültiger Dienstname angegeben. Der WebSocket-Endpunkt von AWS IoT verwendet iotdevicegateway.</translation>
    </message>
    <message>
        <source>No valid host given. Give the endpoint exactly as the Host header will be sent, e.g. abc-ats.iot.eu-west-1.amazonaws.com:443.</source>
        <translation>Kein gültiger Host angegeben. Geben Sie den Endpunkt genau so an, wie der Host-Header gesendet wird, z. B. abc-ats.iot.eu-west-1.amazonaws.com:443.</translation>
    </message>
    <message>
        <source>The path “%1” must start with / and have no query, e.g. /mqtt.</source>
        <translation>Der Pfad „%1“ muss mit / beginnen und darf keinen Query-String enthalten, z. B. /mqtt.</translation>
    </message>
    <message>
        <source>No valid signing time given. Use the current UTC time (YYYYMMDDTHHMMSSZ).</source>
        <translation>Kein gültiger Signaturzeitpunkt angegeben. Verwenden Sie die aktuelle UTC-Zeit (YYYYMMDDTHHMMSSZ).</translation>
    </message>
    <message>
        <source>X-Amz-Expires must be from 1 to %1 seconds. AWS IoT ends a WebSocket URL about 15 minutes after signing whatever it says, so it can usually be left out.</source>
        <translation>X-Amz-Expires muss zwischen 1 und %1 Sekunden liegen. AWS IoT beendet eine WebSocket-URL etwa 15 Minuten nach dem Signieren, unabhängig von diesem Wert; daher kann er meist weggelassen werden.</translation>
    </message>
    <message>
        <source>The signed URL is older than the server accepts (15 minutes): this computer&apos;s clock is behind the server&apos;s, or the URL was signed too long ago. Set the clock automatically (NTP) and connect again; ThingBench signs a fresh URL for every attempt.</source>
        <translation>Die signierte URL ist älter, als der Server akzeptiert (15 Minuten): Die Uhr dieses Computers geht gegenüber der des Servers nach, oder die URL wurde vor zu langer Zeit signiert. Stellen Sie die Uhr automatisch (NTP), und verbinden Sie sich erneut; ThingBench signiert für jeden Versuch eine neue URL.</translation>
    </message>
    <message>
        <source>The signed URL is dated more than 15 minutes in the server&apos;s future: this computer&apos;s clock is ahead. Set the clock automatically (NTP) and connect again.</source>
        <translation>Die signierte URL ist mehr als 15 Minuten in die Zukunft des Servers datiert: Die Uhr dieses Computers geht vor. Stellen Sie die Uhr automatisch (NTP), und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The URL&apos;s X-Amz-Expires time has passed. Sign a new URL just before connecting, or leave X-Amz-Expires out.</source>
        <translation>Die X-Amz-Expires-Zeit der URL ist abgelaufen. Signieren Sie eine neue URL direkt vor dem Verbinden, oder lassen Sie X-Amz-Expires weg.</translation>
    </message>
    <message>
        <source>The signature does not match. Check that the secret access key belongs to the access key ID; sign exactly the Host header the client sends (Paho sends the port too: endpoint:443); and do not sign the session token: X-Amz-Security-Token goes after X-Amz-Signature, outside the signature.</source>
        <translation>Die Signatur stimmt nicht überein. Prüfen Sie, ob der geheime Zugriffsschlüssel zur Zugriffsschlüssel-ID gehört; signieren Sie genau den Host-Header, den der Client sendet (Paho sendet auch den Port mit: endpoint:443); und signieren Sie das Sitzungstoken nicht: X-Amz-Security-Token steht hinter X-Amz-Signature, außerhalb der Signatur.</translation>
    </message>
    <message>
        <source>The credentials are not accepted: the access key ID is unknown, or the session token is wrong or has expired. Refresh the temporary credentials (for example with “aws configure export-credentials”) and connect again.</source>
        <translation>Die Zugangsdaten werden nicht akzeptiert: Die Zugriffsschlüssel-ID ist unbekannt, oder das Sitzungstoken ist falsch oder abgelaufen. Erneuern Sie die temporären Zugangsdaten (zum Beispiel mit „aws configure export-credentials“), und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The credential scope is wrong: sign for the endpoint&apos;s own region (eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com) and the service iotdevicegateway.</source>
        <translation>Der Credential Scope ist falsch: Signieren Sie für die Region des Endpunkts selbst (eu-west-1 für abc-ats.iot.eu-west-1.amazonaws.com) und den Dienst iotdevicegateway.</translation>
    </message>
    <message>
        <source>The URL lacks SigV4 parameters or has malformed ones. Sign it again with ThingBench (or thingbench-cli sigv4 presign) instead of editing it by hand.</source>
        <translation>Der URL fehlen SigV4-Parameter, oder sie sind fehlerhaft. Signieren Sie sie erneut mit ThingBench (oder thingbench-cli sigv4 presign), statt sie von Hand zu bearbeiten.</translation>
    </message>
    <message>
        <source>The server refused the WebSocket connection (403 Forbidden). Check the credentials and that their IAM policy allows iot:Connect for this client ID.</source>
        <translation>Der Server hat die WebSocket-Verbindung abgelehnt (403 Forbidden). Prüfen Sie die Zugangsdaten und ob deren IAM-Richtlinie iot:Connect für diese Client-ID erlaubt.</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade with HTTP status %1. Check the URL&apos;s host, port and path (/mqtt).</source>
        <translation>Der Server hat das WebSocket-Upgrade mit HTTP-Status %1 abgelehnt. Prüfen Sie Host, Port und Pfad (/mqtt) der URL.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server said (%1): “%2”</source>
        <translation>Der Server meldete (%1): „%2“</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set in the environment ThingBench was started from. Set them (and AWS_SESSION_TOKEN for temporary credentials) and start ThingBench again, or choose a profile.</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind in der Umgebung, aus der ThingBench gestartet wurde, nicht gesetzt. Setzen Sie beide (und AWS_SESSION_TOKEN für temporäre Zugangsdaten), und starten Sie ThingBench erneut, oder wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>the keys typed in</source>
        <translation>den eingegebenen Schlüsseln</translation>
    </message>
    <message>
        <source>Enter the access key ID (it starts with AKIA, or ASIA for temporary credentials).</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein (sie beginnt mit AKIA, bei temporären Zugangsdaten mit ASIA).</translation>
    </message>
    <message>
        <source>Enter the secret access key that belongs to access key %1.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein, der zum Zugriffsschlüssel %1 gehört.</translation>
    </message>
    <message>
        <source>No region is known for %1: enter the endpoint&apos;s region (e.g. eu-west-1) in the sign-in settings.</source>
        <translation>Für %1 ist keine Region bekannt: Geben Sie die Region des Endpunkts (z. B. eu-west-1) in den Anmeldeeinstellungen ein.</translation>
    </message>
    <message>
        <source>this endpoint</source>
        <translation>diesen Endpunkt</translation>
    </message>
    <message>
        <source>Access key %1 from %2, but no region: enter the endpoint&apos;s region (e.g. eu-west-1).</source>
        <translation>Zugriffsschlüssel %1 aus %2, aber keine Region: Geben Sie die Region des Endpunkts ein (z. B. eu-west-1).</translation>
    </message>
    <message>
        <source>Access key %1 from %2, region %3.</source>
        <translation>Zugriffsschlüssel %1 aus %2, Region %3.</translation>
    </message>
    <message>
        <source>Access key %1 from %2, region %3; a session token is included.</source>
        <translation>Zugriffsschlüssel %1 aus %2, Region %3; ein Sitzungstoken ist enthalten.</translation>
    </message>
</context>
<context>
    <name>Aws</name>
    <message>
        <source>Cannot use the private key “%1”: it is not an RSA or EC key in PEM, or its passphrase is wrong. Check the file and the passphrase.</source>
        <translation>Der private Schlüssel „%1“ kann nicht verwendet werden: Er ist kein RSA- oder EC-Schlüssel im PEM-Format, oder seine Passphrase ist falsch. Prüfen Sie die Datei und die Passphrase.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate. Give the CA certificate in PEM (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat. Geben Sie das CA-Zertifikat im PEM-Format an (bei AWS IoT: AmazonRootCA1.pem).</translation>
    </message>
    <message>
        <source>The client certificate “%1” holds no PEM certificate. Give the device certificate in PEM.</source>
        <translation>Das Client-Zertifikat „%1“ enthält kein PEM-Zertifikat. Geben Sie das Gerätezertifikat im PEM-Format an.</translation>
    </message>
    <message>
        <source>The discovery response is not usable: %1. Check that the endpoint is AWS IoT Greengrass discovery (greengrass-ats.iot.&lt;region&gt;.amazonaws.com).</source>
        <translation>Die Discovery-Antwort ist nicht verwendbar: %1. Prüfen Sie, ob der Endpunkt die AWS-IoT-Greengrass-Discovery ist (greengrass-ats.iot.&lt;region&gt;.amazonaws.com).</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a string</source>
        <translation>„%1“ in %2 ist kein String</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a list</source>
        <translation>„%1“ in %2 ist keine Liste</translation>
    </message>
    <message>
        <source>an entry of “%1” in %2 is not an object</source>
        <translation>ein Eintrag von „%1“ in %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>“PortNumber” in %1 is not a port number (1–65535)</source>
        <translation>„PortNumber“ in %1 ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>%1, connectivity entry %2</source>
        <translation>%1, Verbindungseintrag %2</translation>
    </message>
    <message>
        <source>%1, core %2</source>
        <translation>%1, Core %2</translation>
    </message>
    <message>
        <source>“CAs” in %1 is not a list</source>
        <translation>„CAs“ in %1 ist keine Liste</translation>
    </message>
    <message>
        <source>an entry of “CAs” in %1 is not a PEM string</source>
        <translation>ein Eintrag von „CAs“ in %1 ist kein PEM-String</translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the topic (no wildcards), qos (0 or 1) and the MQTT 5 properties.</source>
        <translation>Der Dienst hat die Anfrage als ungültig abgelehnt: Prüfen Sie das Topic (keine Wildcards), qos (0 oder 1) und die MQTT-5-Eigenschaften.</translation>
    </message>
    <message>
        <source>The service could not authenticate the request: use the device certificate and key registered in AWS IoT, on the iot:Data-ATS endpoint.</source>
        <translation>Der Dienst konnte die Anfrage nicht authentifizieren: Verwenden Sie das in AWS IoT registrierte Gerätezertifikat und den zugehörigen Schlüssel, am Endpunkt iot:Data-ATS.</translation>
    </message>
    <message>
        <source>The service found nothing at this address: check the endpoint and the name in the request.</source>
        <translation>Der Dienst hat unter dieser Adresse nichts gefunden: Prüfen Sie den Endpunkt und den Namen in der Anfrage.</translation>
    </message>
    <message>
        <source>The service does not allow this method here.</source>
        <translation>Der Dienst erlaubt diese Methode hier nicht.</translation>
    </message>
    <message>
        <source>The payload is too large: AWS IoT accepts at most 128 KB.</source>
        <translation>Die Nutzdaten sind zu groß: AWS IoT akzeptiert höchstens 128 KB.</translation>
    </message>
    <message>
        <source>Too many requests: the account&apos;s rate limit was hit. Wait and retry with back-off.</source>
        <translation>Zu viele Anfragen: Das Ratenlimit des Kontos wurde erreicht. Warten Sie, und versuchen Sie es mit Backoff erneut.</translation>
    </message>
    <message>
        <source>The service is unavailable right now. Retry later.</source>
        <translation>Der Dienst ist derzeit nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service failed internally. Retry later.</source>
        <translation>Im Dienst ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The certificate&apos;s policies do not allow this (%1): attach a policy that allows the action on this resource (to publish: iot:Publish, and iot:RetainPublish for a retained message; to read retained messages: iot:ListRetainedMessages on *, iot:GetRetainedMessage on the topic).</source>
        <translation>Die Richtlinien des Zertifikats erlauben dies nicht (%1): Hängen Sie eine Richtlinie an, die die Aktion auf dieser Ressource erlaubt (zum Veröffentlichen: iot:Publish und für eine beibehaltene Nachricht iot:RetainPublish; zum Lesen beibehaltener Nachrichten: iot:ListRetainedMessages auf *, iot:GetRetainedMessage auf dem Topic).</translation>
    </message>
</context>
<context>
    <name>Aws::DiscoveryResponse</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>der Antwort</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>Aws::GreengrassCoreFinder</name>
    <message>
        <source>Enter the discovery endpoint as host:port, e.g. greengrass-ats.iot.eu-west-1.amazonaws.com:8443.</source>
        <translation>Geben Sie den Discovery-Endpunkt als host:port ein, z. B. greengrass-ats.iot.eu-west-1.amazonaws.com:8443.</translation>
    </message>
    <message>
        <source>Greengrass discovery needs the thing name and its certificate and private key: enter them in the connection settings.</source>
        <translation>Die Greengrass-Discovery braucht den Thing-Namen sowie sein Zertifikat und seinen privaten Schlüssel: Geben Sie sie in den Verbindungseinstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Aws::GreengrassDiscovery</name>
    <message>
        <source>Discovery refused%1: the certificate&apos;s policy does not allow greengrass:Discover on the thing “%2”. Attach a policy that allows greengrass:Discover on arn:aws:iot:&lt;region&gt;:&lt;account&gt;:thing/%2.</source>
        <translation>Die Discovery hat die Anfrage abgelehnt%1: Die Richtlinie des Zertifikats erlaubt greengrass:Discover auf dem Thing „%2“ nicht. Hängen Sie eine Richtlinie an, die greengrass:Discover auf arn:aws:iot:&lt;region&gt;:&lt;account&gt;:thing/%2 erlaubt.</translation>
    </message>
    <message>
        <source>No core for “%1”%2: the thing is not associated with a Greengrass core, or the core has no broker endpoint or client-device-auth. Associate the client device with the core and deploy the MQTT broker and client device auth components.</source>
        <translation>Kein Core für „%1“%2: Das Thing ist keinem Greengrass-Core zugeordnet, oder der Core hat keinen Broker-Endpunkt oder keine Client-Geräte-Authentifizierung (client-device-auth). Ordnen Sie das Client-Gerät dem Core zu, und stellen Sie die Komponenten MQTT-Broker und Client-Geräte-Authentifizierung bereit.</translation>
    </message>
    <message>
        <source>Discovery refused the request as invalid%1: check the thing name.</source>
        <translation>Die Discovery hat die Anfrage als ungültig abgelehnt%1: Prüfen Sie den Thing-Namen.</translation>
    </message>
    <message>
        <source>Discovery is throttled%1: wait and retry with back-off.</source>
        <translation>Die Discovery wird gedrosselt%1: Warten Sie, und versuchen Sie es mit Backoff erneut.</translation>
    </message>
    <message>
        <source>Discovery failed with HTTP %1%2.</source>
        <translation>Die Discovery ist mit HTTP %1%2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The discovery response lists no core endpoint to connect to. Check the core&apos;s connectivity information (aws greengrassv2 get-connectivity-info).</source>
        <translation>Die Discovery-Antwort enthält keinen Core-Endpunkt, mit dem verbunden werden kann. Prüfen Sie die Konnektivitätsinformationen des Cores (aws greengrassv2 get-connectivity-info).</translation>
    </message>
    <message>
        <source>None of the %1 core endpoints accepted the connection. Check that the core runs, that this device can reach it, and that the thing is associated with it.</source>
        <translation>Keiner der %1 Core-Endpunkte hat die Verbindung angenommen. Prüfen Sie, ob der Core läuft, ob dieses Gerät ihn erreichen kann und ob das Thing ihm zugeordnet ist.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the group&apos;s CA certificates: %1.</source>
        <translation>Für die CA-Zertifikate der Gruppe kann kein temporärer Ordner angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the group&apos;s CA certificates: %1</source>
        <translation>Die CA-Zertifikate der Gruppe können nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Aws::HttpsClient</name>
    <message>
        <source>%1 did not answer within %2 s. Check the endpoint and port (AWS IoT: 8443, or 443 with ALPN x-amzn-http-ca) and your network.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie Endpunkt und Port (AWS IoT: 8443, oder 443 mit ALPN x-amzn-http-ca) und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>A private key was given without its certificate: give the client certificate too.</source>
        <translation>Es wurde ein privater Schlüssel ohne sein Zertifikat angegeben: Geben Sie auch das Client-Zertifikat an.</translation>
    </message>
    <message>
        <source>A client certificate was given without its private key: give the key too.</source>
        <translation>Es wurde ein Client-Zertifikat ohne seinen privaten Schlüssel angegeben: Geben Sie auch den Schlüssel an.</translation>
    </message>
    <message>
        <source>No endpoint: give a host name and a port (AWS IoT: 8443).</source>
        <translation>Kein Endpunkt: Geben Sie einen Hostnamen und einen Port an (AWS IoT: 8443).</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes; it was not read further.</source>
        <translation>Die Antwort von %1 ist größer als %2 Bytes; sie wurde nicht weiter gelesen.</translation>
    </message>
    <message>
        <source>%1 sent a header of over 64 KB.</source>
        <translation>%1 hat einen Header mit mehr als 64 KB gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP. Check that the port is an HTTPS port (AWS IoT: 8443).</source>
        <translation>%1 hat nicht mit HTTP geantwortet. Prüfen Sie, ob der Port ein HTTPS-Port ist (AWS IoT: 8443).</translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length.</source>
        <translation>%1 hat eine ungültige Content-Length gesendet.</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunked body.</source>
        <translation>%1 hat einen fehlerhaften Chunked-Body gesendet.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation>%1 hat die Verbindung mitten in seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check the port, the client certificate and ALPN (port 443 needs x-amzn-http-ca).</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen. Prüfen Sie den Port, das Client-Zertifikat und ALPN (Port 443 benötigt x-amzn-http-ca).</translation>
    </message>
    <message>
        <source>%1 closed the connection without a reply. AWS IoT does this when the client certificate is not registered, not ACTIVE, or has no policy or thing attached: check the certificate&apos;s status and attachments.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. AWS IoT tut das, wenn das Client-Zertifikat nicht registriert oder nicht ACTIVE ist oder keine Richtlinie bzw. kein Thing angehängt hat: Prüfen Sie den Status und die Anhänge des Zertifikats.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the endpoint and port (AWS IoT: 8443, or 443 with ALPN x-amzn-http-ca).</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts. Prüfen Sie Endpunkt und Port (AWS IoT: 8443, oder 443 mit ALPN x-amzn-http-ca).</translation>
    </message>
    <message>
        <source>The host “%1” was not found. Check the endpoint (AWS IoT: &lt;prefix&gt;-ats.iot.&lt;region&gt;.amazonaws.com, see aws iot describe-endpoint --endpoint-type iot:Data-ATS).</source>
        <translation>Der Host „%1“ wurde nicht gefunden. Prüfen Sie den Endpunkt (AWS IoT: &lt;prefix&gt;-ats.iot.&lt;region&gt;.amazonaws.com, siehe aws iot describe-endpoint --endpoint-type iot:Data-ATS).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check the CA file (it must have issued the server&apos;s certificate), the host name, and that the server accepts your client certificate.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2. Prüfen Sie die CA-Datei (sie muss das Zertifikat des Servers ausgestellt haben), den Hostnamen und ob der Server Ihr Client-Zertifikat akzeptiert.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Aws::IotHttpClient</name>
    <message>
        <source>400 Bad request: the shadow document is invalid (JSON, a &quot;state&quot; object with only &quot;desired&quot; and &quot;reported&quot;, at most 6 levels, a clientToken of at most 64 bytes). Fix the document.</source>
        <translation>400 Bad request: Das Shadow-Dokument ist ungültig (JSON, ein &quot;state&quot;-Objekt nur mit &quot;desired&quot; und &quot;reported&quot;, höchstens 6 Ebenen, ein clientToken von höchstens 64 Bytes). Korrigieren Sie das Dokument.</translation>
    </message>
    <message>
        <source>403 Forbidden: the certificate&apos;s policies do not allow this shadow action (iot:GetThingShadow, iot:UpdateThingShadow or iot:DeleteThingShadow on the thing&apos;s ARN).</source>
        <translation>403 Forbidden: Die Richtlinien des Zertifikats erlauben diese Shadow-Aktion nicht (iot:GetThingShadow, iot:UpdateThingShadow oder iot:DeleteThingShadow auf dem ARN des Things).</translation>
    </message>
    <message>
        <source>404 No shadow exists with name: &apos;%1&apos;. Create it with an update first, or check the thing and shadow names.</source>
        <translation>404 Es gibt keinen Shadow mit dem Namen „%1“. Erstellen Sie ihn zuerst mit einer Aktualisierung, oder prüfen Sie die Namen von Thing und Shadow.</translation>
    </message>
    <message>
        <source>409 Version conflict: the shadow changed since the version you sent. Get it again and retry with the new version (or send no version).</source>
        <translation>409 Versionskonflikt: Der Shadow hat sich seit der gesendeten Version geändert. Rufen Sie ihn erneut ab, und versuchen Sie es mit der neuen Version erneut (oder senden Sie keine Version).</translation>
    </message>
    <message>
        <source>413 The payload exceeds the maximum size allowed: the shadow state is limited to 8 KB.</source>
        <translation>413 Die Nutzdaten überschreiten die zulässige Höchstgröße: Der Shadow-Zustand ist auf 8 KB begrenzt.</translation>
    </message>
    <message>
        <source>415 Unsupported documented encoding; supported encoding is UTF-8. Send the document as UTF-8.</source>
        <translation>415 Nicht unterstützte Kodierung des Dokuments; unterstützt wird UTF-8. Senden Sie das Dokument als UTF-8.</translation>
    </message>
    <message>
        <source>429 Too many requests: more than 10 shadow requests were in flight. Wait and retry.</source>
        <translation>429 Zu viele Anfragen: Mehr als 10 Shadow-Anfragen waren gleichzeitig unterwegs. Warten Sie, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Aws::LocalDataPlaneWorker</name>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>responseTopic must not contain the wildcards + or #.</source>
        <translation>responseTopic darf die Wildcards + und # nicht enthalten.</translation>
    </message>
    <message>
        <source>messageExpiry must be a number of seconds (0 to 4294967295).</source>
        <translation>messageExpiry muss eine Anzahl von Sekunden sein (0 bis 4294967295).</translation>
    </message>
    <message>
        <source>x-amz-mqtt5-user-properties must be base64 of a JSON array of one-key objects with string values, e.g. [{&quot;deviceName&quot;:&quot;alpha&quot;}].</source>
        <translation>x-amz-mqtt5-user-properties muss Base64 eines JSON-Arrays aus Objekten mit je einem Schlüssel und String-Werten sein, z. B. [{&quot;deviceName&quot;:&quot;alpha&quot;}].</translation>
    </message>
    <message>
        <source>x-amz-mqtt5-payload-format-indicator must be UTF8_DATA or UNSPECIFIED_BYTES.</source>
        <translation>x-amz-mqtt5-payload-format-indicator muss UTF8_DATA oder UNSPECIFIED_BYTES sein.</translation>
    </message>
    <message>
        <source>x-amz-mqtt5-correlation-data must be base64.</source>
        <translation>x-amz-mqtt5-correlation-data muss Base64 sein.</translation>
    </message>
    <message>
        <source>Publish with POST.</source>
        <translation>Veröffentlichen Sie mit POST.</translation>
    </message>
    <message>
        <source>The topic must be 1–256 bytes of UTF-8 without the wildcards + or # (percent-encode #, +, ? and %).</source>
        <translation>Das Topic muss 1–256 Bytes UTF-8 lang sein, ohne die Wildcards + und # (kodieren Sie #, +, ? und % per Prozentkodierung).</translation>
    </message>
    <message>
        <source>qos must be 0 or 1 (AWS IoT has no QoS 2).</source>
        <translation>qos muss 0 oder 1 sein (AWS IoT kennt kein QoS 2).</translation>
    </message>
    <message>
        <source>retain must be true or false.</source>
        <translation>retain muss true oder false sein.</translation>
    </message>
    <message>
        <source>The data plane is not connected to the sandbox broker yet. Retry in a moment.</source>
        <translation>Die Datenebene ist noch nicht mit dem Sandbox-Broker verbunden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Invalid thing or shadow name: 1–128 (shadow: 1–64) of [a-zA-Z0-9:_-].</source>
        <translation>Ungültiger Thing- oder Shadow-Name: 1–128 (Shadow: 1–64) Zeichen aus [a-zA-Z0-9:_-].</translation>
    </message>
    <message>
        <source>Use GET, POST or DELETE on a shadow.</source>
        <translation>Verwenden Sie GET, POST oder DELETE für einen Shadow.</translation>
    </message>
    <message>
        <source>List named shadows with GET.</source>
        <translation>Listen Sie benannte Shadows mit GET auf.</translation>
    </message>
    <message>
        <source>Give a valid thing name and a pageSize of 1–100.</source>
        <translation>Geben Sie einen gültigen Thing-Namen und eine pageSize von 1–100 an.</translation>
    </message>
    <message>
        <source>nextToken is not a token this service gave.</source>
        <translation>nextToken ist kein Token, das dieser Dienst ausgegeben hat.</translation>
    </message>
    <message>
        <source>Discover with GET.</source>
        <translation>Verwenden Sie GET für die Discovery.</translation>
    </message>
    <message>
        <source>Invalid thing name</source>
        <translation>Ungültiger Thing-Name</translation>
    </message>
    <message>
        <source>The data plane&apos;s certificate, key or CA is not usable PEM (an unencrypted key is needed). Check the sandbox&apos;s PKI files.</source>
        <translation>Zertifikat, Schlüssel oder CA der Datenebene sind kein verwendbares PEM (ein unverschlüsselter Schlüssel ist erforderlich). Prüfen Sie die PKI-Dateien der Sandbox.</translation>
    </message>
    <message>
        <source>The HTTPS data plane cannot listen on 127.0.0.1:%1: %2. Choose another port (0 = any free one).</source>
        <translation>Die HTTPS-Datenebene kann nicht auf 127.0.0.1:%1 lauschen: %2. Wählen Sie einen anderen Port (0 = ein beliebiger freier).</translation>
    </message>
    <message>
        <source>The sandbox broker did not take the message: %1</source>
        <translation>Der Sandbox-Broker hat die Nachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The HTTPS data plane cannot reach the sandbox broker: %1</source>
        <translation>Die HTTPS-Datenebene kann den Sandbox-Broker nicht erreichen: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadow service did not answer in time.</source>
        <translation>Der Shadow-Dienst der Sandbox hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request did not arrive whole in time.</source>
        <translation>Die Anfrage ist nicht rechtzeitig vollständig angekommen.</translation>
    </message>
    <message>
        <source>The request&apos;s header is larger than %1 bytes.</source>
        <translation>Der Header der Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation>Senden Sie den Body mit Content-Length, nicht chunked.</translation>
    </message>
    <message>
        <source>The payload is larger than %1 bytes, AWS IoT&apos;s limit.</source>
        <translation>Die Nutzdaten sind größer als %1 Bytes, das Limit von AWS IoT.</translation>
    </message>
    <message>
        <source>The query string has a bad percent escape.</source>
        <translation>Der Query-String enthält eine fehlerhafte Prozentkodierung.</translation>
    </message>
    <message>
        <source>Read retained messages with GET.</source>
        <translation>Beibehaltene Nachrichten mit GET lesen.</translation>
    </message>
    <message>
        <source>Give maxResults of 1–200 and a nextToken this service gave (or none).</source>
        <translation>Geben Sie maxResults zwischen 1 und 200 an und ein nextToken, das dieser Dienst geliefert hat (oder keines).</translation>
    </message>
    <message>
        <source>The topic must be 1–256 bytes of UTF-8 without the wildcards + or #.</source>
        <translation>Das Topic muss 1–256 Byte UTF-8 lang sein und darf die Platzhalter + und # nicht enthalten.</translation>
    </message>
    <message>
        <source>No retained message on %1.</source>
        <translation>Keine beibehaltene Nachricht auf %1.</translation>
    </message>
</context>
<context>
    <name>Aws::RetainedIndex</name>
    <message>
        <source>The sandbox broker did not answer the retained-message index within %1 s. Retry in a moment.</source>
        <translation>Der Sandbox-Broker hat dem Index der beibehaltenen Nachrichten nicht innerhalb von %1 s geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sandbox broker refused the subscription to %1: %2</source>
        <translation>Der Sandbox-Broker hat das Abonnement von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The retained-message index cannot reach the sandbox broker: %1</source>
        <translation>Der Index der beibehaltenen Nachrichten erreicht den Sandbox-Broker nicht: %1</translation>
    </message>
</context>
<context>
    <name>Aws::WebSocketGate</name>
    <message>
        <source>The WebSocket gate cannot read its certificate “%1” (PEM). Check the sandbox&apos;s PKI folder.</source>
        <translation>Das WebSocket-Gateway kann sein Zertifikat „%1“ (PEM) nicht lesen. Prüfen Sie den PKI-Ordner der Sandbox.</translation>
    </message>
    <message>
        <source>The WebSocket gate cannot read its private key “%1” (unencrypted PEM, EC or RSA). Check the sandbox&apos;s PKI folder.</source>
        <translation>Das WebSocket-Gateway kann seinen privaten Schlüssel „%1“ (unverschlüsseltes PEM, EC oder RSA) nicht lesen. Prüfen Sie den PKI-Ordner der Sandbox.</translation>
    </message>
    <message>
        <source>The WebSocket gate needs the broker&apos;s port, a buffer of at least 1 KB and room for one connection.</source>
        <translation>Das WebSocket-Gateway benötigt den Port des Brokers, einen Puffer von mindestens 1 KB und Platz für eine Verbindung.</translation>
    </message>
    <message>
        <source>The WebSocket gate cannot listen on 127.0.0.1:%1 (%2). Choose another port, or 0 for a free one.</source>
        <translation>Das WebSocket-Gateway kann nicht auf 127.0.0.1:%1 lauschen (%2). Wählen Sie einen anderen Port, oder 0 für einen freien.</translation>
    </message>
    <message>
        <source>The WebSocket gate is already running on port %1. Stop it first.</source>
        <translation>Das WebSocket-Gateway läuft bereits auf Port %1. Stoppen Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>AwsSecretsDialog</name>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS credentials for this connection</source>
        <translation>AWS-Zugangsdaten für diese Verbindung</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Kept in memory until ThingBench closes, never on disk</source>
        <translation>Bleibt im Arbeitsspeicher, bis ThingBench beendet wird, nie auf der Festplatte</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>Nur für temporäre Zugangsdaten</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Only for temporary credentials; used for this connect, never kept</source>
        <translation>Nur für temporäre Zugangsdaten; gilt für diese Verbindung und wird nie aufbewahrt</translation>
    </message>
    <message>
        <source>The secret access key of %1, and its session token for temporary credentials. Kept in memory until ThingBench closes, never on disk.</source>
        <translation>Der geheime Zugriffsschlüssel von %1 und bei temporären Zugangsdaten das Sitzungstoken. Bleibt im Arbeitsspeicher, bis ThingBench beendet wird, nie auf der Festplatte.</translation>
    </message>
    <message>
        <source>AWS session token</source>
        <translation>AWS-Sitzungstoken</translation>
    </message>
    <message>
        <source>The current session token of %1 (session tokens expire, so it is asked for at each connect and never kept). Leave it empty for long-term credentials.</source>
        <translation>Das aktuelle Sitzungstoken von %1 (Sitzungstoken laufen ab, daher wird es bei jeder Verbindung abgefragt und nie aufbewahrt). Lassen Sie es bei dauerhaften Zugangsdaten leer.</translation>
    </message>
    <message>
        <source>Connect with these credentials</source>
        <translation>Mit diesen Zugangsdaten verbinden</translation>
    </message>
</context>
<context>
    <name>AwsSignInBox</name>
    <message>
        <source>Sign in with AWS IAM credentials</source>
        <translation>Mit AWS-IAM-Zugangsdaten anmelden</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>Credentials source</source>
        <translation>Quelle der Zugangsdaten</translation>
    </message>
    <message>
        <source>Where the AWS access key comes from: the environment ThingBench was started from, a profile of the AWS shared files, or typed in here</source>
        <translation>Woher der AWS-Zugriffsschlüssel stammt: aus der Umgebung, aus der ThingBench gestartet wurde, aus einem Profil der gemeinsamen AWS-Dateien oder hier eingegeben</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/credentials or ~/.aws/config; empty means AWS_PROFILE, else “default”</source>
        <translation>Ein Profil aus ~/.aws/credentials oder ~/.aws/config; leer bedeutet AWS_PROFILE, sonst „default“</translation>
    </message>
    <message>
        <source>Credentials file:</source>
        <translation>Zugangsdaten-Datei:</translation>
    </message>
    <message>
        <source>~/.aws/credentials (or AWS_SHARED_CREDENTIALS_FILE)</source>
        <translation>~/.aws/credentials (oder AWS_SHARED_CREDENTIALS_FILE)</translation>
    </message>
    <message>
        <source>AWS credentials file</source>
        <translation>AWS-Zugangsdaten-Datei</translation>
    </message>
    <message>
        <source>A shared-credentials file to read instead of the usual one, e.g. the local sandbox’s; empty for the usual one</source>
        <translation>Eine Shared-Credentials-Datei, die statt der üblichen gelesen wird, z. B. die der lokalen Sandbox; leer für die übliche</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>AKIA… or ASIA…</source>
        <translation>AKIA… oder ASIA…</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace file</source>
        <translation>Wird im System-Schlüsselbund aufbewahrt, nie in der Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Sitzungstoken:</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>Nur für temporäre Zugangsdaten</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Only for temporary credentials; kept in the system keychain, never in the workspace file</source>
        <translation>Nur für temporäre Zugangsdaten; wird im System-Schlüsselbund aufbewahrt, nie in der Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The region the endpoint is in; empty: read from the endpoint, else from the credentials</source>
        <translation>Die Region, in der der Endpunkt liegt; leer: aus dem Endpunkt gelesen, sonst aus den Zugangsdaten</translation>
    </message>
    <message>
        <source>What the sign-in will use</source>
        <translation>Was die Anmeldung verwenden wird</translation>
    </message>
    <message>
        <source>Reading the AWS credentials…</source>
        <translation>AWS-Zugangsdaten werden gelesen…</translation>
    </message>
    <message>
        <source>From the credentials</source>
        <translation>Aus den Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 (from the endpoint)</source>
        <translation>%1 (aus dem Endpunkt)</translation>
    </message>
    <message>
        <source>Ask for the session token at each connect</source>
        <translation>Bei jeder Verbindung nach dem Sitzungstoken fragen</translation>
    </message>
    <message>
        <source>Session tokens expire: ThingBench asks for the current one at each connect and never keeps it, not even in the system keychain</source>
        <translation>Sitzungstoken laufen ab: ThingBench fragt bei jeder Verbindung nach dem aktuellen und bewahrt es nie auf, auch nicht im Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>CertChain</name>
    <message>
        <source>(no CN)</source>
        <translation>(kein CN)</translation>
    </message>
    <message>
        <source>Select the CA that issued it (and any intermediate certificates).</source>
        <translation>Wählen Sie die CA aus, die das Zertifikat ausgestellt hat (und alle Zwischenzertifikate).</translation>
    </message>
    <message>
        <source>The selected CA did not sign it: select the CA that did.</source>
        <translation>Die ausgewählte CA hat das Zertifikat nicht signiert: Wählen Sie die CA aus, die es signiert hat.</translation>
    </message>
    <message>
        <source>Renew the expired certificate.</source>
        <translation>Erneuern Sie das abgelaufene Zertifikat.</translation>
    </message>
    <message>
        <source>Check the device clock, or wait until the certificate becomes valid.</source>
        <translation>Prüfen Sie die Uhr des Geräts, oder warten Sie, bis das Zertifikat gültig wird.</translation>
    </message>
    <message>
        <source>It is self-signed: select it as the CA too if you mean to trust it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Wählen Sie es auch als CA aus, wenn Sie ihm vertrauen wollen.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not a CA (basicConstraints): it cannot sign others.</source>
        <translation>Ein Zertifikat in der Kette ist keine CA (basicConstraints): Es kann keine anderen signieren.</translation>
    </message>
    <message>
        <source>Select a certificate and the CA to check it against.</source>
        <translation>Wählen Sie ein Zertifikat und die CA aus, gegen die es geprüft werden soll.</translation>
    </message>
    <message>
        <source>The certificates could not be prepared for verification.</source>
        <translation>Die Zertifikate konnten nicht für die Prüfung vorbereitet werden.</translation>
    </message>
    <message>
        <source>Verified: %1.</source>
        <translation>Verifiziert: %1.</translation>
    </message>
    <message>
        <source>Does not verify: %1. %2</source>
        <translation>Verifizierung fehlgeschlagen: %1. %2</translation>
    </message>
</context>
<context>
    <name>CertificateListModel</name>
    <message>
        <source>✖ Refused</source>
        <translation>✖ Abgelehnt</translation>
    </message>
    <message>
        <source>CA certificate (%1)</source>
        <translation>CA-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>Certificate chain (%n certificate(s))</source>
        <translation>
            <numerusform>Zertifikatskette (%n Zertifikat)</numerusform>
            <numerusform>Zertifikatskette (%n Zertifikate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>✖ Expired %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>✖ Abgelaufen am %1 (vor %n Tag)</numerusform>
            <numerusform>✖ Abgelaufen am %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Not valid before %1</source>
        <translation>✖ Nicht gültig vor %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Expires %1 (in %n day(s))</source>
        <translation>
            <numerusform>⚠ Läuft am %1 ab (in %n Tag)</numerusform>
            <numerusform>⚠ Läuft am %1 ab (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 (in %n day(s))</source>
        <translation>
            <numerusform>✔ %1 (in %n Tag)</numerusform>
            <numerusform>✔ %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ID prefix matches</source>
        <translation>%1, ID-Präfix passt</translation>
    </message>
    <message>
        <source>%1, ID prefix does NOT match</source>
        <translation>%1, ID-Präfix passt NICHT</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>AWS certificate ID</source>
        <translation>AWS-Zertifikats-ID</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>AWS file name</source>
        <translation>AWS-Dateiname</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>CertificateManager</name>
    <message>
        <source>Certificate manager</source>
        <translation>Zertifikatsverwaltung</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Reads PEM or DER certificates and keys; you can also drop files or folders anywhere on the window</source>
        <translation>Liest PEM- oder DER-Zertifikate und -Schlüssel; Dateien oder Ordner können auch an beliebiger Stelle im Fenster abgelegt werden</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Reads every certificate and key in a folder and its subfolders</source>
        <translation>Liest alle Zertifikate und Schlüssel in einem Ordner und seinen Unterordnern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removes the selected files from the list (nothing is deleted on disk)</source>
        <translation>Entfernt die ausgewählten Dateien aus der Liste (auf dem Datenträger wird nichts gelöscht)</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops reading the files still waiting</source>
        <translation>Beendet das Lesen der noch wartenden Dateien</translation>
    </message>
    <message>
        <source>Use for this co&amp;nnection</source>
        <translation>Für diese &amp;Verbindung verwenden</translation>
    </message>
    <message>
        <source>Puts the selected matching certificate, key and CA into the connection settings</source>
        <translation>Übernimmt das ausgewählte, zueinander passende Zertifikat, den Schlüssel und die CA in die Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Drop PEM or DER files, or whole folders, anywhere on this window.</source>
        <translation>Legen Sie PEM- oder DER-Dateien oder ganze Ordner an beliebiger Stelle in diesem Fenster ab.</translation>
    </message>
    <message>
        <source>Certificates and keys</source>
        <translation>Zertifikate und Schlüssel</translation>
    </message>
    <message>
        <source>One row per file: kind, subject, AWS certificate ID, expiry, AWS file-name hint and problems; select several to check them together</source>
        <translation>Eine Zeile pro Datei: Art, Inhaber, AWS-Zertifikats-ID, Ablauf, AWS-Dateinamenshinweis und Probleme; mehrere auswählen, um sie gemeinsam zu prüfen</translation>
    </message>
    <message>
        <source>Certificate details and export</source>
        <translation>Zertifikatsdetails und Export</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Details of the current file</source>
        <translation>Details der aktuellen Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Who uses the text: picks the macro or array name</source>
        <translation>Wer den Text verwendet: bestimmt den Makro- oder Array-Namen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Macro or array name</source>
        <translation>Makro- oder Array-Name</translation>
    </message>
    <message>
        <source>from the role</source>
        <translation>aus der Rolle</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>The exact bytes that Copy and Save write</source>
        <translation>Genau die Bytes, die „Kopieren“ und „Speichern“ schreiben</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the exact bytes shown to the clipboard</source>
        <translation>Kopiert genau die angezeigten Bytes in die Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Saves the exact bytes shown to a file</source>
        <translation>Speichert genau die angezeigten Bytes in eine Datei</translation>
    </message>
    <message>
        <source>aws_clientcredential_&amp;keys.h…</source>
        <translation>aws_clientcredential_keys.&amp;h…</translation>
    </message>
    <message>
        <source>Builds the FreeRTOS header from the selected matching certificate and key</source>
        <translation>Erzeugt den FreeRTOS-Header aus dem ausgewählten, zueinander passenden Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation>Sta&amp;pelexport…</translation>
    </message>
    <message>
        <source>Exports every selected file in the chosen format into a folder</source>
        <translation>Exportiert jede ausgewählte Datei im gewählten Format in einen Ordner</translation>
    </message>
    <message>
        <source>Key match</source>
        <translation>Schlüsselabgleich</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Kettenprüfung</translation>
    </message>
    <message>
        <source>Automatic (from the content)</source>
        <translation>Automatisch (aus dem Inhalt)</translation>
    </message>
    <message>
        <source>Add certificates and keys</source>
        <translation>Zertifikate und Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add every certificate and key in a folder</source>
        <translation>Alle Zertifikate und Schlüssel eines Ordners hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were read before Cancel.</source>
        <translation>
            <numerusform>Angehalten: %n Datei wurde vor „Abbrechen“ gelesen.</numerusform>
            <numerusform>Angehalten: %n Dateien wurden vor „Abbrechen“ gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 files of the folder were read: drop a smaller folder to see the rest.</source>
        <translation>Nur die ersten %1 Dateien des Ordners wurden gelesen: Legen Sie einen kleineren Ordner ab, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>Key match: select a certificate and a private key to see whether they belong together.</source>
        <translation>Schlüsselabgleich: Wählen Sie ein Zertifikat und einen privaten Schlüssel aus, um zu sehen, ob sie zusammengehören.</translation>
    </message>
    <message>
        <source>Key match: “%1” is encrypted. Press Enter on its row (or double-click it) to give its passphrase.</source>
        <translation>Schlüsselabgleich: „%1“ ist verschlüsselt. Drücken Sie in seiner Zeile die Eingabetaste (oder doppelklicken Sie darauf), um die Passphrase einzugeben.</translation>
    </message>
    <message>
        <source>Key match: cannot tell (%1): %2</source>
        <translation>Schlüsselabgleich: nicht feststellbar (%1): %2</translation>
    </message>
    <message>
        <source>✔ Key match: “%1” is the private key of “%2”.</source>
        <translation>✔ Schlüsselabgleich: „%1“ ist der private Schlüssel von „%2“.</translation>
    </message>
    <message>
        <source>✖ Key mismatch: “%1” is NOT the private key of “%2”: it belongs to another certificate.</source>
        <translation>✖ Schlüssel passt nicht: „%1“ ist NICHT der private Schlüssel von „%2“: Er gehört zu einem anderen Zertifikat.</translation>
    </message>
    <message>
        <source>Chain: select a certificate and the CA to verify it against (for example the CA you registered with AWS IoT).</source>
        <translation>Kette: Wählen Sie ein Zertifikat und die CA aus, gegen die es geprüft werden soll (zum Beispiel die bei AWS IoT registrierte CA).</translation>
    </message>
    <message>
        <source>Chain [%1]: %2</source>
        <translation>Kette [%1]: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>AWS certificate ID (SHA-256): %1</source>
        <translation>AWS-Zertifikats-ID (SHA-256): %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <source>Key: %1 %2 %3</source>
        <translation>Schlüssel: %1 %2 %3</translation>
    </message>
    <message>
        <source>CA: %1, self-signed: %2</source>
        <translation>CA: %1, selbstsigniert: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Recognised by its fingerprint: %1, a root CA of AWS IoT endpoints.</source>
        <translation>Am Fingerabdruck erkannt: %1, eine Stamm-CA der AWS-IoT-Endpunkte.</translation>
    </message>
    <message>
        <source>Key container: %1</source>
        <translation>Schlüsselcontainer: %1</translation>
    </message>
    <message>
        <source>Encrypted with %1</source>
        <translation>Verschlüsselt mit %1</translation>
    </message>
    <message>
        <source>Public key SHA-256: %1</source>
        <translation>SHA-256 des öffentlichen Schlüssels: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Select a file to preview its export.</source>
        <translation>Wählen Sie eine Datei aus, um eine Vorschau ihres Exports zu sehen.</translation>
    </message>
    <message>
        <source>This file was refused, so it cannot be exported: %1</source>
        <translation>Diese Datei wurde abgelehnt und kann daher nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as Copy and Save write them.</source>
        <translation>
            <numerusform>%n Byte, genau so, wie „Kopieren“ und „Speichern“ es schreiben.</numerusform>
            <numerusform>%n Bytes, genau so, wie „Kopieren“ und „Speichern“ sie schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export [%1]: %2</source>
        <translation>Export nicht möglich [%1]: %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation>
            <numerusform>%n Byte kopiert.</numerusform>
            <numerusform>%n Bytes kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Private key in a git work tree</source>
        <translation>Privater Schlüssel in einem Git-Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>“%1” is inside the git work tree “%2”. A private key committed there is exposed to everyone with the repository. Save it anyway?</source>
        <translation>„%1“ liegt im Git-Arbeitsverzeichnis „%2“. Ein dort committeter privater Schlüssel ist für alle mit Zugriff auf das Repository sichtbar. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Ignore the key in git</source>
        <translation>Schlüssel in Git ignorieren</translation>
    </message>
    <message>
        <source>Add “%1” to “%2/.gitignore” so that git never commits it?</source>
        <translation>„%1“ zu „%2/.gitignore“ hinzufügen, damit Git die Datei nie committet?</translation>
    </message>
    <message>
        <source>Cannot update “%1”: %2</source>
        <translation>„%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Select the device certificate and its private key first.</source>
        <translation>Wählen Sie zuerst das Gerätezertifikat und seinen privaten Schlüssel aus.</translation>
    </message>
    <message>
        <source>Cannot build aws_clientcredential_keys.h [%1]: %2</source>
        <translation>aws_clientcredential_keys.h kann nicht erzeugt werden [%1]: %2</translation>
    </message>
    <message numerus="yes">
        <source>aws_clientcredential_keys.h: %n byte(s). It holds the private key: keep it out of version control.</source>
        <translation>
            <numerusform>aws_clientcredential_keys.h: %n Byte. Die Datei enthält den privaten Schlüssel: Halten Sie sie aus der Versionsverwaltung heraus.</numerusform>
            <numerusform>aws_clientcredential_keys.h: %n Bytes. Die Datei enthält den privaten Schlüssel: Halten Sie sie aus der Versionsverwaltung heraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected files into</source>
        <translation>Ausgewählte Dateien exportieren nach</translation>
    </message>
    <message>
        <source>%1: refused when read</source>
        <translation>%1: beim Lesen abgelehnt</translation>
    </message>
    <message>
        <source>%1: not written</source>
        <translation>%1: nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) into “%1”.</source>
        <translation>
            <numerusform>%n Datei nach „%1“ exportiert.</numerusform>
            <numerusform>%n Dateien nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The certificate and key are set for the next connection (CA unchanged).</source>
        <translation>Zertifikat und Schlüssel sind für die nächste Verbindung eingestellt (CA unverändert).</translation>
    </message>
    <message>
        <source>The certificate, key and CA are set for the next connection.</source>
        <translation>Zertifikat, Schlüssel und CA sind für die nächste Verbindung eingestellt.</translation>
    </message>
    <message>
        <source>Encrypted private key</source>
        <translation>Verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase of “%1” (used to read it now, never stored):</source>
        <translation>Passphrase für „%1“ (nur jetzt zum Lesen verwendet, nie gespeichert):</translation>
    </message>
</context>
<context>
    <name>Certs</name>
    <message>
        <source>A header line of the key holds characters that cannot go into a C string literal. Remove the extra PEM headers, or re-export the key with openssl.</source>
        <translation>Eine Kopfzeile des Schlüssels enthält Zeichen, die nicht in ein C-Stringliteral passen. Entfernen Sie die zusätzlichen PEM-Header, oder exportieren Sie den Schlüssel mit openssl erneut.</translation>
    </message>
    <message>
        <source>The key is PKCS#8 encrypted with AES (%1). Mbed TLS 2.28, which FreeRTOS, ModusToolbox and ESP-IDF builds use, rejects such keys (-0x2e80, algorithm not available). Re-encrypt it with 3DES (openssl pkcs8 -topk8 -v2 des3 -in KEY -out KEY-3des.pem), use a legacy encrypted key (openssl pkey -aes256 -traditional), or export the unencrypted key if the device keeps it in secure storage.</source>
        <translation>Der Schlüssel ist nach PKCS#8 mit AES verschlüsselt (%1). Mbed TLS 2.28, das FreeRTOS-, ModusToolbox- und ESP-IDF-Builds verwenden, lehnt solche Schlüssel ab (-0x2e80, Algorithmus nicht verfügbar). Verschlüsseln Sie ihn mit 3DES neu (openssl pkcs8 -topk8 -v2 des3 -in KEY -out KEY-3des.pem), verwenden Sie einen im Legacy-Format verschlüsselten Schlüssel (openssl pkey -aes256 -traditional), oder exportieren Sie den unverschlüsselten Schlüssel, wenn das Gerät ihn in einem sicheren Speicher aufbewahrt.</translation>
    </message>
    <message>
        <source>The file holds certificates and keys together (or several keys). Export each from a file of its own, so a private key never ends up in a certificate string.</source>
        <translation>Die Datei enthält Zertifikate und Schlüssel gemeinsam (oder mehrere Schlüssel). Exportieren Sie jedes Element aus einer eigenen Datei, damit ein privater Schlüssel nie in einem Zertifikats-String landet.</translation>
    </message>
    <message>
        <source>The role %1 needs %2, but the file holds a %3. Choose the right file or role.</source>
        <translation>Die Rolle %1 benötigt %2, aber die Datei ist vom Typ %3. Wählen Sie die richtige Datei oder Rolle.</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>ein Zertifikat</translation>
    </message>
    <message>
        <source>“%1” is not a C identifier. Use letters, digits and “_”, not starting with a digit.</source>
        <translation>„%1“ ist kein C-Bezeichner. Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>The %1 format has no name for the role %2. Give one with --name.</source>
        <translation>Das Format %1 hat keinen Namen für die Rolle %2. Geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>The %1 format needs a name for a public key. Give one with --name.</source>
        <translation>Das Format %1 benötigt einen Namen für einen öffentlichen Schlüssel. Geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>The text contains the raw-string end “)%1&quot;”; it cannot be an Arduino raw string.</source>
        <translation>Der Text enthält das Raw-String-Ende „)%1&quot;“; er kann kein Arduino-Raw-String sein.</translation>
    </message>
    <message>
        <source>c-array holds one certificate&apos;s DER, but the file is a chain of %1. Export each certificate from its own file, or use a PEM string format for the chain.</source>
        <translation>Das Format c-array nimmt das DER eines einzelnen Zertifikats auf, aber die Datei ist eine Kette aus %1 Zertifikaten. Exportieren Sie jedes Zertifikat aus einer eigenen Datei, oder verwenden Sie für die Kette ein PEM-String-Format.</translation>
    </message>
    <message>
        <source>A legacy encrypted key (Proc-Type/DEK-Info) has no DER form. Use a PEM string format, or convert it with “openssl pkcs8 -topk8”.</source>
        <translation>Ein im Legacy-Format verschlüsselter Schlüssel (Proc-Type/DEK-Info) hat keine DER-Form. Verwenden Sie ein PEM-String-Format, oder konvertieren Sie ihn mit „openssl pkcs8 -topk8“.</translation>
    </message>
    <message>
        <source>“%1” holds certificates and keys together. Give the certificate alone.</source>
        <translation>„%1“ enthält Zertifikate und Schlüssel gemeinsam. Geben Sie das Zertifikat allein an.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate. Give the device certificate with --cert.</source>
        <translation>„%1“ ist kein Zertifikat. Geben Sie das Gerätezertifikat mit --cert an.</translation>
    </message>
    <message>
        <source>“%1” is not a private key file. Give the device&apos;s private key with --key.</source>
        <translation>„%1“ ist keine Datei mit einem privaten Schlüssel. Geben Sie den privaten Schlüssel des Geräts mit --key an.</translation>
    </message>
    <message>
        <source>The private key “%1” does not belong to the certificate “%2”: their public keys differ (SPKI SHA-256 %3 vs %4). Choose the key created with this certificate (for AWS IoT, the …-private.pem.key downloaded with it).</source>
        <translation>Der private Schlüssel „%1“ gehört nicht zum Zertifikat „%2“: Ihre öffentlichen Schlüssel unterscheiden sich (SPKI SHA-256 %3 gegenüber %4). Wählen Sie den Schlüssel, der mit diesem Zertifikat erzeugt wurde (bei AWS IoT die damit heruntergeladene …-private.pem.key).</translation>
    </message>
    <message>
        <source>The key stays encrypted in the header. FreeRTOS&apos;s key provisioning parses keyCLIENT_PRIVATE_KEY_PEM without a passphrase, so the device will reject it; export the decrypted key (openssl pkey -in KEY -out KEY-plain.pem) instead.</source>
        <translation>Der Schlüssel bleibt im Header verschlüsselt. Die Schlüsselbereitstellung von FreeRTOS liest keyCLIENT_PRIVATE_KEY_PEM ohne Passphrase, daher wird das Gerät ihn ablehnen; exportieren Sie stattdessen den entschlüsselten Schlüssel (openssl pkey -in KEY -out KEY-plain.pem).</translation>
    </message>
    <message>
        <source>The private key is encrypted. Give its passphrase (--passphrase) to read the key.</source>
        <translation>Der private Schlüssel ist verschlüsselt. Geben Sie seine Passphrase an (--passphrase), um den Schlüssel zu lesen.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation>Die Passphrase entschlüsselt den privaten Schlüssel nicht. Prüfen Sie die Passphrase (Groß-/Kleinschreibung wird unterschieden), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key&apos;s encryption asks for %1 key-derivation rounds, far more than any real key uses; it was not decrypted. Re-encrypt the key with openssl pkcs8.</source>
        <translation>Die Verschlüsselung des Schlüssels verlangt %1 Runden der Schlüsselableitung, weit mehr, als ein echter Schlüssel je verwendet; er wurde nicht entschlüsselt. Verschlüsseln Sie den Schlüssel mit openssl pkcs8 neu.</translation>
    </message>
    <message>
        <source>The file holds only EC PARAMETERS (a curve name), no key or certificate. Choose the key file, or create a key with “openssl ecparam -genkey -name prime256v1”.</source>
        <translation>Die Datei enthält nur EC PARAMETERS (einen Kurvennamen), keinen Schlüssel und kein Zertifikat. Wählen Sie die Schlüsseldatei, oder erzeugen Sie einen Schlüssel mit „openssl ecparam -genkey -name prime256v1“.</translation>
    </message>
    <message>
        <source>The file holds certificates and a private key together. Exports need them in separate files, so the key never ends up in a certificate string.</source>
        <translation>Die Datei enthält Zertifikate und einen privaten Schlüssel gemeinsam. Für Exporte müssen sie in getrennten Dateien liegen, damit der Schlüssel nie in einem Zertifikats-String landet.</translation>
    </message>
    <message>
        <source>The file holds more than one key; only the first is described. Split it into one file per key.</source>
        <translation>Die Datei enthält mehr als einen Schlüssel; nur der erste wird beschrieben. Teilen Sie sie in eine Datei pro Schlüssel auf.</translation>
    </message>
    <message>
        <source>The EC PARAMETERS block names the curve %1, but the key is on %2. Use the file exactly as openssl wrote it, or drop the EC PARAMETERS block.</source>
        <translation>Der Block EC PARAMETERS nennt die Kurve %1, aber der Schlüssel liegt auf %2. Verwenden Sie die Datei genau so, wie openssl sie geschrieben hat, oder entfernen Sie den Block EC PARAMETERS.</translation>
    </message>
    <message>
        <source>The file name starts with the certificate ID %1, but this certificate&apos;s ID is %2. The file was renamed or belongs to another certificate; check that you have the right file.</source>
        <translation>Der Dateiname beginnt mit der Zertifikats-ID %1, aber die ID dieses Zertifikats ist %2. Die Datei wurde umbenannt oder gehört zu einem anderen Zertifikat; prüfen Sie, ob Sie die richtige Datei haben.</translation>
    </message>
    <message>
        <source>The file is named like a certificate but holds a %1.</source>
        <translation>Die Datei ist wie ein Zertifikat benannt, enthält aber einen %1.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privaten Schlüssel</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>The file is named like a private key but holds no private key.</source>
        <translation>Die Datei ist wie ein privater Schlüssel benannt, enthält aber keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The file is named like a public key but holds something else.</source>
        <translation>Die Datei ist wie ein öffentlicher Schlüssel benannt, enthält aber etwas anderes.</translation>
    </message>
    <message>
        <source>“%1” holds no certificate. Give the certificate first, then the key.</source>
        <translation>„%1“ enthält kein Zertifikat. Geben Sie zuerst das Zertifikat an, dann den Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” holds no private or public key. Give the key file (…-private.pem.key).</source>
        <translation>„%1“ enthält weder einen privaten noch einen öffentlichen Schlüssel. Geben Sie die Schlüsseldatei an (…-private.pem.key).</translation>
    </message>
    <message>
        <source>The public key of “%1” cannot be read.</source>
        <translation>Der öffentliche Schlüssel von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>PKCS#1</source>
        <translation>PKCS#1</translation>
    </message>
    <message>
        <source>SEC1</source>
        <translation>SEC1</translation>
    </message>
    <message>
        <source>PKCS#8</source>
        <translation>PKCS#8</translation>
    </message>
    <message>
        <source>encrypted PKCS#8</source>
        <translation>verschlüsseltes PKCS#8</translation>
    </message>
    <message>
        <source>legacy encrypted PKCS#1</source>
        <translation>verschlüsseltes PKCS#1 (Legacy-Format)</translation>
    </message>
    <message>
        <source>legacy encrypted SEC1</source>
        <translation>verschlüsseltes SEC1 (Legacy-Format)</translation>
    </message>
    <message>
        <source>SubjectPublicKeyInfo</source>
        <translation>SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>The encryption headers of the %1 block (line %2) are not valid (expected “Proc-Type: 4,ENCRYPTED” and “DEK-Info: &lt;cipher&gt;,&lt;IV&gt;”). Use the original key file.</source>
        <translation>Die Verschlüsselungs-Header des Blocks %1 (Zeile %2) sind ungültig (erwartet: „Proc-Type: 4,ENCRYPTED“ und „DEK-Info: &lt;cipher&gt;,&lt;IV&gt;“). Verwenden Sie die ursprüngliche Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The %1 block (line %2) decodes, but its content is not a valid %3: the file is truncated or corrupted. Download or copy the file again.</source>
        <translation>Der Block %1 (Zeile %2) lässt sich dekodieren, aber sein Inhalt ist als %3 ungültig: Die Datei ist abgeschnitten oder beschädigt. Laden Sie die Datei erneut herunter, oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1, inside the %2 block that starts on line %3, has “%4” at column %5, which is not base64. The file is corrupted or was edited; use the original file.</source>
        <translation>Zeile %1 im Block %2, der in Zeile %3 beginnt, enthält in Spalte %5 „%4“, was kein Base64 ist. Die Datei ist beschädigt oder wurde bearbeitet; verwenden Sie die Originaldatei.</translation>
    </message>
    <message>
        <source>The base64 text of the %1 block (lines %2–%3) does not decode (wrong length or misplaced “=” padding): the file is truncated or corrupted. Download or copy it again.</source>
        <translation>Der Base64-Text des Blocks %1 (Zeilen %2–%3) lässt sich nicht dekodieren (falsche Länge oder falsch platziertes „=“-Padding): Die Datei ist abgeschnitten oder beschädigt. Laden Sie sie erneut herunter, oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not a certificate or key file. Save it as UTF-8 or ASCII text (PEM) and try again.</source>
        <translation>Die Datei ist UTF-16-Text, keine Zertifikats- oder Schlüsseldatei. Speichern Sie sie als UTF-8- oder ASCII-Text (PEM), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is binary but not a DER certificate. Use the PEM file (text that starts with -----BEGIN), or convert a DER key with “openssl pkey -inform DER -in FILE -out key.pem”.</source>
        <translation>Die Datei ist binär, aber kein DER-Zertifikat. Verwenden Sie die PEM-Datei (Text, der mit -----BEGIN beginnt), oder konvertieren Sie einen DER-Schlüssel mit „openssl pkey -inform DER -in FILE -out key.pem“.</translation>
    </message>
    <message>
        <source>X.509 certificate</source>
        <translation>X.509-Zertifikat</translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation>privater PKCS#8-Schlüssel</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key (EncryptedPrivateKeyInfo)</source>
        <translation>verschlüsselter privater PKCS#8-Schlüssel (EncryptedPrivateKeyInfo)</translation>
    </message>
    <message>
        <source>PKCS#1 RSA private key</source>
        <translation>privater PKCS#1-RSA-Schlüssel</translation>
    </message>
    <message>
        <source>SEC1 EC private key</source>
        <translation>privater SEC1-EC-Schlüssel</translation>
    </message>
    <message>
        <source>public key (SubjectPublicKeyInfo)</source>
        <translation>öffentlicher Schlüssel (SubjectPublicKeyInfo)</translation>
    </message>
    <message>
        <source>named-curve EC parameters</source>
        <translation>EC-Parameter mit benannter Kurve</translation>
    </message>
    <message>
        <source>The file is empty. Choose the certificate or key file itself; if it was just downloaded or copied, do that again.</source>
        <translation>Die Datei ist leer. Wählen Sie die Zertifikats- oder Schlüsseldatei selbst; wenn sie gerade heruntergeladen oder kopiert wurde, wiederholen Sie das.</translation>
    </message>
    <message>
        <source>The %1 block that starts on line %2 has no “-----END %1-----” line: the file is truncated. Download or copy the file again, complete with its END line.</source>
        <translation>Dem Block %1, der in Zeile %2 beginnt, fehlt die Zeile „-----END %1-----“: Die Datei ist abgeschnitten. Laden Sie die Datei erneut herunter, oder kopieren Sie sie erneut, vollständig mit ihrer END-Zeile.</translation>
    </message>
    <message>
        <source>Line %1 starts a “%2” block, which is not a certificate or key this tool reads. Use a CERTIFICATE, a private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY) or a PUBLIC KEY; convert other formats with openssl.</source>
        <translation>Zeile %1 beginnt einen Block „%2“, der kein Zertifikat oder Schlüssel ist, den dieses Werkzeug liest. Verwenden Sie ein CERTIFICATE, einen privaten Schlüssel (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY) oder einen PUBLIC KEY; konvertieren Sie andere Formate mit openssl.</translation>
    </message>
    <message>
        <source>Line %1 starts with “-----BEGIN” but is not a complete “-----BEGIN &lt;TYPE&gt;-----” line (a PEM block needs it on a line of its own). Use the original file.</source>
        <translation>Zeile %1 beginnt mit „-----BEGIN“, ist aber keine vollständige Zeile „-----BEGIN &lt;TYPE&gt;-----“ (ein PEM-Block braucht sie in einer eigenen Zeile). Verwenden Sie die Originaldatei.</translation>
    </message>
    <message>
        <source>Line %1 ends a PEM block that never began: its “-----BEGIN …-----” line is missing or damaged. Use the original file.</source>
        <translation>Zeile %1 beendet einen PEM-Block, der nie begonnen hat: Seine Zeile „-----BEGIN …-----“ fehlt oder ist beschädigt. Verwenden Sie die Originaldatei.</translation>
    </message>
    <message>
        <source>The block that starts on line %1 with “BEGIN %2” ends on line %3 with “END %4”. BEGIN and END must name the same type; use the original file.</source>
        <translation>Der Block, der in Zeile %1 mit „BEGIN %2“ beginnt, endet in Zeile %3 mit „END %4“. BEGIN und END müssen denselben Typ nennen; verwenden Sie die Originaldatei.</translation>
    </message>
    <message>
        <source>No PEM block (“-----BEGIN …-----” … “-----END …-----”) was found. Choose the .pem/.crt/.key file itself, or convert the file to PEM with openssl.</source>
        <translation>Es wurde kein PEM-Block („-----BEGIN …-----“ … „-----END …-----“) gefunden. Wählen Sie die .pem-, .crt- oder .key-Datei selbst, oder konvertieren Sie die Datei mit openssl nach PEM.</translation>
    </message>
    <message>
        <source>Could not create the test PKI: %1 failed. Check that OpenSSL 3 is installed correctly.</source>
        <translation>Die Test-PKI konnte nicht erstellt werden: %1 ist fehlgeschlagen. Prüfen Sie, ob OpenSSL 3 korrekt installiert ist.</translation>
    </message>
    <message>
        <source>“%1” is not a valid AWS IoT thing name: use 1–128 letters, digits, “:”, “_” or “-”.</source>
        <translation>„%1“ ist kein gültiger AWS-IoT-Thing-Name: Verwenden Sie 1–128 Buchstaben, Ziffern, „:“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days.</source>
        <translation>Die Gültigkeit muss zwischen 1 und 36500 Tagen liegen.</translation>
    </message>
    <message>
        <source>Choose a folder for the test PKI.</source>
        <translation>Wählen Sie einen Ordner für die Test-PKI.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>sensors/room1 or sensors/+/telemetry</source>
        <translation>sensors/room1 oder sensors/+/telemetry</translation>
    </message>
    <message>
        <source>Series topic</source>
        <translation>Topic der Reihe</translation>
    </message>
    <message>
        <source>An exact topic, or a topic filter with + and #</source>
        <translation>Ein genaues Topic oder ein Topic-Filter mit + und #</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>state.reported.temp (empty: the payload)</source>
        <translation>state.reported.temp (leer: die Nutzdaten)</translation>
    </message>
    <message>
        <source>Series field</source>
        <translation>Feld der Reihe</translation>
    </message>
    <message>
        <source>A JSON path such as temperature, state.reported.temp or readings[2].value; empty when the payload itself is a number</source>
        <translation>Ein JSON-Pfad wie temperature, state.reported.temp oder readings[2].value; leer, wenn die Nutzdaten selbst eine Zahl sind</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Series label</source>
        <translation>Beschriftung der Reihe</translation>
    </message>
    <message>
        <source>The name shown in the legend and in exported files; empty: the topic and field</source>
        <translation>Der Name in der Legende und in exportierten Dateien; leer: Topic und Feld</translation>
    </message>
    <message>
        <source>&amp;Add series</source>
        <translation>Reihe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <source>Plots the field of messages on the topic</source>
        <translation>Zeichnet das Feld der Nachrichten auf dem Topic</translation>
    </message>
    <message>
        <source>Chart series</source>
        <translation>Reihen des Diagramms</translation>
    </message>
    <message>
        <source>Each series with its topic, field, last value and the messages that had no number</source>
        <translation>Jede Reihe mit Topic, Feld, letztem Wert und den Nachrichten ohne Zahl</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove series</source>
        <translation>Reihe entfernen</translation>
    </message>
    <message>
        <source>Removes the selected series from the chart</source>
        <translation>Entfernt die ausgewählten Reihen aus dem Diagramm</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>How much time the chart shows, up to now</source>
        <translation>Wie viel Zeit das Diagramm bis jetzt zeigt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the chart</source>
        <translation>Diagramm anhalten</translation>
    </message>
    <message>
        <source>Stops the plot where it is; samples are still kept and shown on Resume</source>
        <translation>Hält die Anzeige an, wo sie ist; Werte werden weiter gesammelt und beim Fortsetzen gezeigt</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Saves the chart as shown to a PNG image</source>
        <translation>Speichert das Diagramm, wie es angezeigt wird, als PNG-Bild</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the chart as CSV</source>
        <translation>Diagramm als CSV exportieren</translation>
    </message>
    <message>
        <source>Saves the points shown to a CSV file with the columns time, series and value</source>
        <translation>Speichert die angezeigten Punkte als CSV-Datei mit den Spalten time, series und value</translation>
    </message>
    <message>
        <source>Chart state</source>
        <translation>Zustand des Diagramms</translation>
    </message>
    <message>
        <source>Live chart</source>
        <translation>Live-Diagramm</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Without a number</source>
        <translation>Ohne Zahl</translation>
    </message>
    <message>
        <source>A chart holds at most %1 series. Remove one before adding another.</source>
        <translation>Ein Diagramm fasst höchstens %1 Reihen. Entfernen Sie eine, bevor Sie eine weitere hinzufügen.</translation>
    </message>
    <message>
        <source>(the payload)</source>
        <translation>(die Nutzdaten)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Resume the chart</source>
        <translation>Diagramm fortsetzen</translation>
    </message>
    <message>
        <source>Series: %1 · paused</source>
        <translation>Reihen: %1 · angehalten</translation>
    </message>
    <message>
        <source>Series: %1 · live</source>
        <translation>Reihen: %1 · live</translation>
    </message>
    <message>
        <source>Plotted: %1</source>
        <translation>Gezeichnet: %1</translation>
    </message>
    <message>
        <source>Nothing plotted yet: add a series</source>
        <translation>Noch nichts gezeichnet: Fügen Sie eine Reihe hinzu</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>AWS IoT (port 8883)</source>
        <translation>AWS IoT (Port 8883)</translation>
    </message>
    <message>
        <source>AWS IoT (port 443, ALPN x-amzn-mqtt-ca)</source>
        <translation>AWS IoT (Port 443, ALPN x-amzn-mqtt-ca)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>Vor&amp;einstellung:</translation>
    </message>
    <message>
        <source>Preset note</source>
        <translation>Hinweis zur Voreinstellung</translation>
    </message>
    <message>
        <source>AWS IoT: the client ID is the thing name, the CA is taken from the system store unless you choose one, and QoS 2 is not offered (AWS IoT does not support it).</source>
        <translation>AWS IoT: Die Client-ID ist der Thing-Name, die CA wird aus dem Zertifikatsspeicher des Systems genommen, sofern Sie keine auswählen, und QoS 2 wird nicht angeboten (AWS IoT unterstützt es nicht).</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check and use these settings</source>
        <translation>Diese Einstellungen prüfen und verwenden</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>mqtt:// (TCP)</source>
        <translation>mqtt:// (TCP)</translation>
    </message>
    <message>
        <source>mqtts:// (TLS)</source>
        <translation>mqtts:// (TLS)</translation>
    </message>
    <message>
        <source>ws:// (WebSocket)</source>
        <translation>ws:// (WebSocket)</translation>
    </message>
    <message>
        <source>wss:// (WebSocket over TLS)</source>
        <translation>wss:// (WebSocket über TLS)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Plain TCP, TLS, WebSocket or WebSocket over TLS</source>
        <translation>Einfaches TCP, TLS, WebSocket oder WebSocket über TLS</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Host name or IP address of the broker</source>
        <translation>Hostname oder IP-Adresse des Brokers</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Endpoint warning</source>
        <translation>Endpunkt-Warnung</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port of the broker: usually 1883 plain, 8883 TLS, 443 with ALPN</source>
        <translation>TCP-Port des Brokers: üblicherweise 1883 unverschlüsselt, 8883 TLS, 443 mit ALPN</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>WebSocket path</source>
        <translation>WebSocket-Pfad</translation>
    </message>
    <message>
        <source>Path of the WebSocket endpoint, ws:// and wss:// only</source>
        <translation>Pfad des WebSocket-Endpunkts, nur ws:// und wss://</translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation>WebSocket-P&amp;fad:</translation>
    </message>
    <message>
        <source>e.g. my-thing</source>
        <translation>z. B. my-thing</translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <source>AWS IoT thing name, also used as the client ID: 1 to 128 letters, digits, colons, underscores, hyphens</source>
        <translation>AWS-IoT-Thing-Name, wird auch als Client-ID verwendet: 1 bis 128 Buchstaben, Ziffern, Doppelpunkte, Unterstriche, Bindestriche</translation>
    </message>
    <message>
        <source>Thin&amp;g name:</source>
        <translation>Thin&amp;g-Name:</translation>
    </message>
    <message>
        <source>TLS (mqtts:// and wss:// only)</source>
        <translation>TLS (nur mqtts:// und wss://)</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Nach der CA-Datei suchen</translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation>Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <source>CA file note</source>
        <translation>Hinweis zur CA-Datei</translation>
    </message>
    <message>
        <source>Leave empty to use the system trust store. It includes Amazon Root CA 1, which AWS IoT endpoints use.</source>
        <translation>Leer lassen, um den Zertifikatsspeicher des Systems zu verwenden. Er enthält Amazon Root CA 1, die CA der AWS-IoT-Endpunkte.</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation>Nach dem Client-Zertifikat suchen</translation>
    </message>
    <message>
        <source>PEM certificate of this device, for mutual TLS</source>
        <translation>PEM-Zertifikat dieses Geräts, für gegenseitiges TLS</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Browse for the private key</source>
        <translation>Nach dem privaten Schlüssel suchen</translation>
    </message>
    <message>
        <source>PEM private key that belongs to the client certificate</source>
        <translation>Privater PEM-Schlüssel, der zum Client-Zertifikat gehört</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation>Nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of an encrypted private key; empty otherwise</source>
        <translation>Passphrase eines verschlüsselten privaten Schlüssels; sonst leer</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>ALPN protocols</source>
        <translation>ALPN-Protokolle</translation>
    </message>
    <message>
        <source>Comma-separated ALPN protocol names; x-amzn-mqtt-ca for AWS IoT on port 443</source>
        <translation>Kommagetrennte ALPN-Protokollnamen; x-amzn-mqtt-ca für AWS IoT auf Port 443</translation>
    </message>
    <message>
        <source>A&amp;LPN:</source>
        <translation>A&amp;LPN:</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Do &amp;not verify the broker (insecure)</source>
        <translation>Broker &amp;nicht überprüfen (unsicher)</translation>
    </message>
    <message>
        <source>Do not verify the broker (insecure)</source>
        <translation>Broker nicht überprüfen (unsicher)</translation>
    </message>
    <message>
        <source>Skips the check of the broker&apos;s certificate chain and host name. For testing only.</source>
        <translation>Überspringt die Prüfung der Zertifikatskette und des Hostnamens des Brokers. Nur für Tests.</translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation>Warnung vor unsicherer Verbindung</translation>
    </message>
    <message>
        <source>⚠ Warning: the broker&apos;s certificate and host name will not be checked. Anyone on the network path can pose as the broker and read or change your messages and credentials. Use this only for testing.</source>
        <translation>⚠ Warnung: Zertifikat und Hostname des Brokers werden nicht geprüft. Jeder auf dem Netzwerkpfad kann sich als Broker ausgeben und Ihre Nachrichten und Zugangsdaten mitlesen oder verändern. Verwenden Sie dies nur für Tests.</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Random (thingbench-…)</source>
        <translation>Zufällig (thingbench-…)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>MQTT client identifier; empty for a random one</source>
        <translation>MQTT-Client-Kennung; leer für eine zufällige</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation>MQTT-Version</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>MQTT-&amp;Version:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Keep-alive in seconds</source>
        <translation>Keep-Alive in Sekunden</translation>
    </message>
    <message>
        <source>Seconds between pings when idle; 0 turns keep-alive off</source>
        <translation>Sekunden zwischen Pings im Leerlauf; 0 schaltet Keep-Alive aus</translation>
    </message>
    <message>
        <source>Keep-&amp;alive:</source>
        <translation>&amp;Keep-Alive:</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>Clean s&amp;tart</source>
        <translation>Clean S&amp;tart</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>Clean Start</translation>
    </message>
    <message>
        <source>Start with a new session (clean session on MQTT 3.1.1) instead of resuming the stored one</source>
        <translation>Mit einer neuen Sitzung beginnen (Clean Session bei MQTT 3.1.1), statt die gespeicherte fortzusetzen</translation>
    </message>
    <message>
        <source>at disconnect</source>
        <translation>beim Trennen</translation>
    </message>
    <message>
        <source>Session expiry in seconds</source>
        <translation>Sitzungsablauf in Sekunden</translation>
    </message>
    <message>
        <source>MQTT 5 only: how long the broker keeps the session after a disconnect</source>
        <translation>Nur MQTT 5: wie lange der Broker die Sitzung nach dem Trennen aufbewahrt</translation>
    </message>
    <message>
        <source>Session e&amp;xpiry:</source>
        <translation>Sitzungs&amp;ablauf:</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>Sitzungsablauf</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Verbindungs-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>Connect ti&amp;meout:</source>
        <translation>Verbindungs-Ti&amp;meout:</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Automatisch neu verbinden</translation>
    </message>
    <message>
        <source>After a lost connection, reconnect with increasing delays and restore every subscription</source>
        <translation>Nach einem Verbindungsabbruch mit zunehmenden Abständen neu verbinden und alle Abonnements wiederherstellen</translation>
    </message>
    <message>
        <source>Last w&amp;ill</source>
        <translation>Letzter W&amp;ille</translation>
    </message>
    <message>
        <source>Last will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <source>A message the broker publishes for this client when it disconnects without saying goodbye</source>
        <translation>Eine Nachricht, die der Broker für diesen Client veröffentlicht, wenn dessen Verbindung ohne ordnungsgemäßes Trennen endet</translation>
    </message>
    <message>
        <source>e.g. devices/my-thing/status</source>
        <translation>z. B. devices/my-thing/status</translation>
    </message>
    <message>
        <source>Last will topic</source>
        <translation>Topic des letzten Willens</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>e.g. offline</source>
        <translation>z. B. offline</translation>
    </message>
    <message>
        <source>Last will payload</source>
        <translation>Nutzdaten des letzten Willens</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>N&amp;utzdaten:</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Last will QoS</source>
        <translation>QoS des letzten Willens</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Retain the last will</source>
        <translation>Letzten Willen beibehalten</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1: Problem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is not a certificate or key: %2</source>
        <translation>„%1“ ist weder ein Zertifikat noch ein Schlüssel: %2</translation>
    </message>
    <message>
        <source>“%1” holds a certificate and a key together: the connection needs them in separate files (export each from the certificate manager).</source>
        <translation>„%1“ enthält ein Zertifikat und einen Schlüssel gemeinsam: Die Verbindung benötigt sie in getrennten Dateien (exportieren Sie beide einzeln aus der Zertifikatsverwaltung).</translation>
    </message>
    <message>
        <source>Enter the thing name as registered in AWS IoT; it is also the client ID.</source>
        <translation>Geben Sie den Thing-Namen so ein, wie er in AWS IoT registriert ist; er ist auch die Client-ID.</translation>
    </message>
    <message>
        <source>A thing name has 1 to 128 characters: letters, digits, “:”, “_” and “-”. Remove the other characters.</source>
        <translation>Ein Thing-Name hat 1 bis 128 Zeichen: Buchstaben, Ziffern, „:“, „_“ und „-“. Entfernen Sie die anderen Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Host (endpoint):</source>
        <translation>&amp;Host (Endpunkt):</translation>
    </message>
    <message>
        <source>xxxxxxxxxxxxxx-ats.iot.&lt;region&gt;.amazonaws.com</source>
        <translation>xxxxxxxxxxxxxx-ats.iot.&lt;region&gt;.amazonaws.com</translation>
    </message>
    <message>
        <source>e.g. broker.example.com</source>
        <translation>z. B. broker.example.com</translation>
    </message>
    <message>
        <source>The thing name is the client ID for AWS IoT.</source>
        <translation>Bei AWS IoT ist der Thing-Name die Client-ID.</translation>
    </message>
    <message>
        <source>Session expiry needs MQTT 5.</source>
        <translation>Sitzungsablauf erfordert MQTT 5.</translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation>AWS IoT unterstützt QoS 2 nicht.</translation>
    </message>
    <message>
        <source>⚠ The endpoint has no region. It looks like …-ats.iot.&lt;region&gt;.amazonaws.com, for example …-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation>⚠ Der Endpunkt enthält keine Region. Er hat die Form …-ats.iot.&lt;region&gt;.amazonaws.com, zum Beispiel …-ats.iot.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>⚠ No “-ats” in the endpoint: legacy endpoints use a Symantec certificate that the system store may not trust. Use the ATS endpoint shown in the AWS IoT console (Settings, Device data endpoint).</source>
        <translation>⚠ Kein „-ats“ im Endpunkt: Ältere Endpunkte verwenden ein Symantec-Zertifikat, dem der Zertifikatsspeicher des Systems möglicherweise nicht vertraut. Verwenden Sie den ATS-Endpunkt, den die AWS-IoT-Konsole anzeigt (Einstellungen, Endpunkt für Gerätedaten).</translation>
    </message>
    <message>
        <source>⚠ This does not look like an AWS IoT endpoint (…-ats.iot.&lt;region&gt;.amazonaws.com). Copy it from the AWS IoT console: Settings, Device data endpoint.</source>
        <translation>⚠ Das sieht nicht wie ein AWS-IoT-Endpunkt aus (…-ats.iot.&lt;region&gt;.amazonaws.com). Kopieren Sie ihn aus der AWS-IoT-Konsole: Einstellungen, Endpunkt für Gerätedaten.</translation>
    </message>
    <message>
        <source>AWS IoT with IAM credentials (WebSocket, SigV4, port 443)</source>
        <translation>AWS IoT mit IAM-Zugangsdaten (WebSocket, SigV4, Port 443)</translation>
    </message>
    <message>
        <source>Custom, or AWS IoT Core over mutual TLS on port 8883 or on port 443 with ALPN, or over a WebSocket signed with IAM credentials</source>
        <translation>Benutzerdefiniert, oder AWS IoT Core über gegenseitiges TLS auf Port 8883 oder auf Port 443 mit ALPN, oder über einen mit IAM-Zugangsdaten signierten WebSocket</translation>
    </message>
    <message>
        <source>WebSocket with SigV4 (the sandbox&apos;s IAM user)</source>
        <translation>WebSocket mit SigV4 (IAM-Benutzer der Sandbox)</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s WebSocket with SigV4</source>
        <translation>WebSocket der Sandbox mit SigV4 verwenden</translation>
    </message>
    <message>
        <source>Connects to the local sandbox over MQTT over WebSocket, signed with the sandbox&apos;s IAM user</source>
        <translation>Verbindet sich mit der lokalen Sandbox über MQTT über WebSocket, signiert mit dem IAM-Benutzer der Sandbox</translation>
    </message>
    <message>
        <source>AWS sign-in: %1</source>
        <translation>AWS-Anmeldung: %1</translation>
    </message>
    <message>
        <source>Greengrass: click Discover and wait for a core that answers, or clear “Connect through a Greengrass core”.</source>
        <translation>Greengrass: Klicken Sie auf „Ermitteln“, und warten Sie auf einen Core, der antwortet, oder deaktivieren Sie „Über einen Greengrass-Core verbinden“.</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The %1 “%2” does not exist. Check the path.</source>
        <translation>Die Datei „%2“ (%1) existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The %1 “%2” is a folder. Choose the file inside it.</source>
        <translation>„%2“ (%1) ist ein Ordner. Wählen Sie die Datei darin aus.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be read. Check that it is a file you may read.</source>
        <translation>Die Datei „%2“ (%1) kann nicht gelesen werden. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>No broker URL given. Use for example mqtts://broker.example.com:8883 or mqtt://127.0.0.1:1883.</source>
        <translation>Keine Broker-URL angegeben. Verwenden Sie zum Beispiel mqtts://broker.example.com:8883 oder mqtt://127.0.0.1:1883.</translation>
    </message>
    <message>
        <source>“%1” has no scheme. Write mqtt://%1 (plain), mqtts://%1 (TLS), ws://%1 or wss://%1.</source>
        <translation>„%1“ hat kein Schema. Schreiben Sie mqtt://%1 (unverschlüsselt), mqtts://%1 (TLS), ws://%1 oder wss://%1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL (%2). Use for example mqtts://broker.example.com:8883.</source>
        <translation>„%1“ ist keine gültige URL (%2). Verwenden Sie zum Beispiel mqtts://broker.example.com:8883.</translation>
    </message>
    <message>
        <source>Unsupported scheme “%1://”. Use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Nicht unterstütztes Schema „%1://“. Verwenden Sie mqtt://, mqtts://, ws:// oder wss://.</translation>
    </message>
    <message>
        <source>“%1” has no host name. Use for example %2://broker.example.com.</source>
        <translation>„%1“ hat keinen Hostnamen. Verwenden Sie zum Beispiel %2://broker.example.com.</translation>
    </message>
    <message>
        <source>Port %1 is out of range. Use a port between 1 and 65535.</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs. Verwenden Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>A path (“%1”) only makes sense for ws:// and wss:// URLs. Remove it.</source>
        <translation>Ein Pfad („%1“) ist nur bei ws://- und wss://-URLs sinnvoll. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>No broker host given. Enter the broker&apos;s host name or address.</source>
        <translation>Kein Broker-Host angegeben. Geben Sie den Hostnamen oder die Adresse des Brokers ein.</translation>
    </message>
    <message>
        <source>Port 0 is not valid. Use the broker&apos;s port, usually 1883 (plain) or 8883 (TLS).</source>
        <translation>Port 0 ist ungültig. Verwenden Sie den Port des Brokers, üblicherweise 1883 (unverschlüsselt) oder 8883 (TLS).</translation>
    </message>
    <message>
        <source>TLS files or ALPN were given for a plain connection. Use an mqtts:// or wss:// URL, or remove the TLS options.</source>
        <translation>Für eine unverschlüsselte Verbindung wurden TLS-Dateien oder ALPN angegeben. Verwenden Sie eine mqtts://- oder wss://-URL, oder entfernen Sie die TLS-Optionen.</translation>
    </message>
    <message>
        <source>A private key was given without a client certificate. Add the certificate too.</source>
        <translation>Ein privater Schlüssel wurde ohne Client-Zertifikat angegeben. Fügen Sie auch das Zertifikat hinzu.</translation>
    </message>
    <message>
        <source>A client certificate was given without its private key. Add the key too.</source>
        <translation>Ein Client-Zertifikat wurde ohne seinen privaten Schlüssel angegeben. Fügen Sie auch den Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>ALPN protocol names must be 1 to 255 bytes long, e.g. x-amzn-mqtt-ca.</source>
        <translation>ALPN-Protokollnamen müssen 1 bis 255 Bytes lang sein, z. B. x-amzn-mqtt-ca.</translation>
    </message>
    <message>
        <source>Keep-alive must be between 0 and 65535 seconds.</source>
        <translation>Keep-Alive muss zwischen 0 und 65535 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The client id is too long: MQTT allows at most 65535 bytes.</source>
        <translation>Die Client-ID ist zu lang: MQTT erlaubt höchstens 65535 Bytes.</translation>
    </message>
    <message>
        <source>Session expiry is an MQTT 5 feature. Choose MQTT 5, or use a persistent session (clean session off) on MQTT 3.1.1.</source>
        <translation>Sitzungsablauf ist eine Funktion von MQTT 5. Wählen Sie MQTT 5, oder verwenden Sie unter MQTT 3.1.1 eine persistente Sitzung (Clean Session aus).</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 does not allow a password without a user name. Add a user name.</source>
        <translation>MQTT 3.1.1 erlaubt kein Passwort ohne Benutzernamen. Fügen Sie einen Benutzernamen hinzu.</translation>
    </message>
    <message>
        <source>Reconnect delays must be positive, with the maximum at least the minimum.</source>
        <translation>Die Wartezeiten für das erneute Verbinden müssen positiv sein, und das Maximum muss mindestens so groß wie das Minimum sein.</translation>
    </message>
    <message>
        <source>Last will topic: %1</source>
        <translation>Topic des letzten Willens: %1</translation>
    </message>
    <message>
        <source>Last will QoS must be 0, 1 or 2.</source>
        <translation>Die QoS des letzten Willens muss 0, 1 oder 2 sein.</translation>
    </message>
    <message>
        <source>SigV4 signing works only over secure WebSockets. Use a wss:// URL, e.g. wss://abc-ats.iot.eu-west-1.amazonaws.com:443/mqtt.</source>
        <translation>SigV4-Signierung funktioniert nur über sichere WebSockets. Verwenden Sie eine wss://-URL, z. B. wss://abc-ats.iot.eu-west-1.amazonaws.com:443/mqtt.</translation>
    </message>
    <message>
        <source>SigV4 signing needs an access key ID and its secret access key. Enter both, or choose an AWS profile that has them.</source>
        <translation>SigV4-Signierung benötigt eine Zugriffsschlüssel-ID und den zugehörigen geheimen Zugriffsschlüssel. Geben Sie beide ein, oder wählen Sie ein AWS-Profil, das sie enthält.</translation>
    </message>
    <message>
        <source>SigV4 signing needs the endpoint&apos;s region, e.g. eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation>SigV4-Signierung benötigt die Region des Endpunkts, z. B. eu-west-1 für abc-ats.iot.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>SigV4 signing needs a service name; AWS IoT uses iotdevicegateway.</source>
        <translation>SigV4-Signierung benötigt einen Dienstnamen; AWS IoT verwendet iotdevicegateway.</translation>
    </message>
    <message>
        <source>X-Amz-Expires must be from 1 to 604800 seconds, or left out.</source>
        <translation>X-Amz-Expires muss zwischen 1 und 604800 Sekunden liegen oder weggelassen werden.</translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>it is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it ends in the middle of the data (cut off after %1 bytes, for example by a full disk or a crash while it was written)</source>
        <translation>die Datei endet mitten in den Daten (nach %1 Bytes abgeschnitten, zum Beispiel durch einen vollen Datenträger oder einen Absturz beim Schreiben)</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>File “%1” does not exist. Check the path and try again.</source>
        <translation>Die Datei „%1“ existiert nicht. Prüfen Sie den Pfad, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a file instead.</source>
        <translation>„%1“ ist ein Ordner, keine Datei. Wählen Sie stattdessen eine Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you have permission to read it.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie, ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <source>File “%1” is larger than %2 bytes. Choose a smaller file.</source>
        <translation>Die Datei „%1“ ist größer als %2 Bytes. Wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Check that you have permission to write there.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden. Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you have permission to write there.</source>
        <translation>„%1“ kann nicht geschrieben werden. Prüfen Sie, ob Sie dort Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Cannot make “%1” readable by its owner only; nothing was written.</source>
        <translation>„%1“ kann nicht auf „nur für den Eigentümer lesbar“ gesetzt werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing “%1” failed; the previous version is unchanged. Check free disk space.</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen; die vorherige Version ist unverändert. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”. Check that you have permission to write in “%3”.</source>
        <translation>„%1“ kann nicht in „%2“ umbenannt werden. Prüfen Sie, ob Sie in „%3“ Schreibrechte haben.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes, more than such a file can be</source>
        <translation>die Datei ist größer als %1 Bytes, mehr als eine solche Datei sein kann</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it holds a JSON %1 where an object ({…}) is expected</source>
        <translation>die Datei enthält %1, wo ein JSON-Objekt ({…}) erwartet wird</translation>
    </message>
    <message>
        <source>list</source>
        <translation>eine JSON-Liste</translation>
    </message>
    <message>
        <source>value</source>
        <translation>einen einzelnen JSON-Wert</translation>
    </message>
    <message>
        <source>it has no valid “schemaVersion” (a whole number from 1)</source>
        <translation>die Datei hat keine gültige „schemaVersion“ (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <source>it does not have the expected content: %1</source>
        <translation>die Datei hat nicht den erwarteten Inhalt: %1</translation>
    </message>
    <message>
        <source>it was written by a newer ThingBench (schema version %1; this version understands up to %2)</source>
        <translation>die Datei wurde von einer neueren ThingBench-Version geschrieben (Schemaversion %1; diese Version versteht bis %2)</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used: %3. It could not be moved aside either, so nothing will be saved over it until you move or repair it. %4</source>
        <translation>%1 „%2“ ist nicht verwendbar: %3. Die Datei konnte auch nicht beiseitegelegt werden, daher wird nichts darüber gespeichert, bis Sie sie verschieben oder reparieren. %4</translation>
    </message>
    <message>
        <source>The %1 “%2” was written by a newer ThingBench (schema version %3; this version understands up to %4). So that this version does not overwrite it, it was moved to “%5” and a new one is started. To use it again, rename it back and open it with the newer ThingBench.</source>
        <translation>%1 „%2“ wurde von einer neueren ThingBench-Version geschrieben (Schemaversion %3; diese Version versteht bis %4). Damit diese Version die Datei nicht überschreibt, wurde sie nach „%5“ verschoben, und eine neue Datei wird angelegt. Um sie wieder zu verwenden, benennen Sie sie zurück und öffnen Sie sie mit der neueren ThingBench-Version.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used: %3. It was moved to “%4” and is kept there; a new one is started. Open the moved file to copy back what you need, or delete it.</source>
        <translation>%1 „%2“ ist nicht verwendbar: %3. Die Datei wurde nach „%4“ verschoben und wird dort aufbewahrt; eine neue Datei wird angelegt. Öffnen Sie die verschobene Datei, um Benötigtes zurückzukopieren, oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>FileReference</name>
    <message>
        <source>%1 is no longer there: it was moved or deleted since it was chosen. Choose it again in the connection settings (or drop it on the window).</source>
        <translation>%1 ist nicht mehr vorhanden: Die Datei wurde verschoben oder gelöscht, seit sie ausgewählt wurde. Wählen Sie sie in den Verbindungseinstellungen erneut aus (oder legen Sie sie im Fenster ab).</translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 has changed since it was chosen (its SHA-256 fingerprint differs). If you replaced it on purpose, choose it again in the connection settings to confirm.</source>
        <translation>%1 hat sich geändert, seit die Datei ausgewählt wurde (ihr SHA-256-Fingerabdruck weicht ab). Wenn Sie sie absichtlich ersetzt haben, wählen Sie sie zur Bestätigung in den Verbindungseinstellungen erneut aus.</translation>
    </message>
</context>
<context>
    <name>GreengrassBox</name>
    <message>
        <source>Greengrass</source>
        <translation>Greengrass</translation>
    </message>
    <message>
        <source>Connect through a Greengrass core</source>
        <translation>Über einen Greengrass-Core verbinden</translation>
    </message>
    <message>
        <source>Ask Greengrass discovery which core devices this thing may use, and connect to one of them instead of AWS IoT</source>
        <translation>Die Greengrass-Discovery fragen, welche Core-Geräte dieses Thing verwenden darf, und statt mit AWS IoT mit einem davon verbinden</translation>
    </message>
    <message>
        <source>Discovery endpoint:</source>
        <translation>Discovery-Endpunkt:</translation>
    </message>
    <message>
        <source>Discovery endpoint</source>
        <translation>Discovery-Endpunkt</translation>
    </message>
    <message>
        <source>host:port of Greengrass discovery; empty: greengrass-ats.iot.&lt;region of the endpoint&gt;.amazonaws.com:8443</source>
        <translation>host:port der Greengrass-Discovery; leer: greengrass-ats.iot.&lt;Region des Endpunkts&gt;.amazonaws.com:8443</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>Discover Greengrass cores</source>
        <translation>Greengrass-Cores ermitteln</translation>
    </message>
    <message>
        <source>Asks discovery with the certificate, key and thing name above, then tries each core endpoint in order</source>
        <translation>Fragt die Discovery mit dem Zertifikat, dem Schlüssel und dem Thing-Namen von oben ab und versucht dann jeden Core-Endpunkt der Reihe nach</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the discovery</source>
        <translation>Discovery abbrechen</translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation>Discovery läuft</translation>
    </message>
    <message>
        <source>Greengrass cores found</source>
        <translation>Gefundene Greengrass-Cores</translation>
    </message>
    <message>
        <source>Each core endpoint discovery listed, in the order they are tried, and whether it answered</source>
        <translation>Jeder von der Discovery gelieferte Core-Endpunkt, in der Reihenfolge, in der sie versucht werden, und ob er geantwortet hat</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What Greengrass discovery found</source>
        <translation>Was die Greengrass-Discovery gefunden hat</translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Discovery abgebrochen.</translation>
    </message>
    <message>
        <source>host:port of the discovery service</source>
        <translation>host:port des Discovery-Dienstes</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Wird versucht…</translation>
    </message>
    <message>
        <source>Asking %1 which Greengrass cores “%2” may use…</source>
        <translation>%1 wird gefragt, welche Greengrass-Cores „%2“ verwenden darf…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n core endpoint(s). Trying each in order…</source>
        <translation>
            <numerusform>%n Core-Endpunkt gefunden. Jeder wird der Reihe nach versucht…</numerusform>
            <numerusform>%n Core-Endpunkte gefunden. Jeder wird der Reihe nach versucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Core %1 answers at %2. OK connects through it as “%3”.</source>
        <translation>Core %1 antwortet unter %2. „OK“ verbindet über ihn als „%3“.</translation>
    </message>
</context>
<context>
    <name>HttpsPublishOptions</name>
    <message>
        <source>HTTPS publishing</source>
        <translation>Veröffentlichen über HTTPS</translation>
    </message>
    <message>
        <source>Send over &amp;HTTPS</source>
        <translation>Über &amp;HTTPS senden</translation>
    </message>
    <message>
        <source>Send over HTTPS</source>
        <translation>Über HTTPS senden</translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation>HTTPS-Port</translation>
    </message>
    <message>
        <source>Port 8443 without ALPN, or port 443 with the ALPN protocol x-amzn-http-ca</source>
        <translation>Port 8443 ohne ALPN, oder Port 443 mit dem ALPN-Protokoll x-amzn-http-ca</translation>
    </message>
    <message>
        <source>Port 8443</source>
        <translation>Port 8443</translation>
    </message>
    <message>
        <source>Port 443 (ALPN)</source>
        <translation>Port 443 (ALPN)</translation>
    </message>
    <message>
        <source>HTTPS publishing needs the connection&apos;s client certificate and key. Set them in the connection settings (or the certificate manager&apos;s “Use for this connection”).</source>
        <translation>Das Veröffentlichen über HTTPS benötigt das Client-Zertifikat und den Schlüssel der Verbindung. Legen Sie sie in den Verbindungseinstellungen fest (oder mit „Für diese Verbindung verwenden“ in der Zertifikatsverwaltung).</translation>
    </message>
    <message>
        <source>Publishes with the AWS IoT HTTPS data plane at %1:%2 instead of MQTT (QoS 0 or 1).</source>
        <translation>Veröffentlicht über die HTTPS-Datenebene von AWS IoT unter %1:%2 statt über MQTT (QoS 0 oder 1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ThingBench</source>
        <translation>ThingBench</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Broker-URL</translation>
    </message>
    <message>
        <source>mqtt://, mqtts://, ws:// or wss:// URL of the broker</source>
        <translation>URL des Brokers: mqtt://, mqtts://, ws:// oder wss://</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Verbinden oder trennen</translation>
    </message>
    <message>
        <source>Sett&amp;ings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>TLS files, ALPN, client ID, MQTT version, last will, AWS IoT</source>
        <translation>TLS-Dateien, ALPN, Client-ID, MQTT-Version, letzter Wille, AWS IoT</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Subscription panes</source>
        <translation>Abonnement-Bereiche</translation>
    </message>
    <message>
        <source>Messages received on this connection</source>
        <translation>Auf dieser Verbindung empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Messages received in the last second</source>
        <translation>In der letzten Sekunde empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Messages dropped: inbox full (arriving faster than shown), pane full (a pane&apos;s queue reached its limit), while paused (a paused pane&apos;s hold overflowed)</source>
        <translation>Verworfene Nachrichten: Eingang voll (kommen schneller an, als sie angezeigt werden), Bereich voll (die Warteschlange eines Bereichs hat ihr Limit erreicht), während Pause (der Rückhaltepuffer eines pausierten Bereichs ist übergelaufen)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect / Disconnect</source>
        <translation>&amp;Verbinden / Trennen</translation>
    </message>
    <message>
        <source>New subscription &amp;pane</source>
        <translation>&amp;Neuer Abonnement-Bereich</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Verbindungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Shadow workbench</source>
        <translation>&amp;Shadow-Werkbank</translation>
    </message>
    <message>
        <source>&amp;Certificate manager</source>
        <translation>&amp;Zertifikatsverwaltung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ThingBench</source>
        <translation>Ü&amp;ber ThingBench</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Shadows</source>
        <translation>Shadows</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The certificate files are set, but the broker URL has no TLS (%1): use mqtts:// (or wss://) for them to be used.</source>
        <translation>Die Zertifikatsdateien sind eingestellt, aber die Broker-URL verwendet kein TLS (%1): Verwenden Sie mqtts:// (oder wss://), damit sie genutzt werden.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting to %1…</source>
        <translation>Verbindung verloren; Verbindung zu %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%L1 received</source>
        <translation>%L1 empfangen</translation>
    </message>
    <message>
        <source>%L1 msg/s</source>
        <translation>%L1 Nachr./s</translation>
    </message>
    <message>
        <source>Dropped: %L1 inbox full · %L2 pane full · %L3 while paused</source>
        <translation>Verworfen: %L1 Eingang voll · %L2 Bereich voll · %L3 während Pause</translation>
    </message>
    <message>
        <source>About ThingBench</source>
        <translation>Über ThingBench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThingBench %1&lt;/h3&gt;&lt;p&gt;MQTT test client for AWS IoT Core and any MQTT 3.1.1/5 broker.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ThingBench %1&lt;/h3&gt;&lt;p&gt;MQTT-Testclient für AWS IoT Core und jeden Broker mit MQTT 3.1.1/5.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The MQTT password of %1 on %2 (kept in memory until ThingBench closes, never on disk):</source>
        <translation>Das MQTT-Passwort für %1 auf %2 (wird bis zum Beenden von ThingBench im Speicher gehalten, nie auf dem Datenträger):</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of the private key %1 (kept in memory until ThingBench closes, never on disk):</source>
        <translation>Die Passphrase des privaten Schlüssels %1 (wird bis zum Beenden von ThingBench im Speicher gehalten, nie auf dem Datenträger):</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused to connect as “%1”. %2 Change the policy in the sandbox&apos;s registry (thingbench-cli registry), or connect with another certificate or client ID.</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat die Verbindung als „%1“ abgelehnt. %2 Ändern Sie die Richtlinie in der Registry der Sandbox (thingbench-cli registry) oder verbinden Sie sich mit einem anderen Zertifikat oder einer anderen Client-ID.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused %1 publishes to “%2”.</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat %1 Veröffentlichungen an „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused the publish to “%1”.</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat die Veröffentlichung an „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (MQTT does not tell a QoS 0 publisher.) %2</source>
        <translation>%1 (MQTT teilt das einem Absender mit QoS 0 nicht mit.) %2</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused this subscription. %1</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat dieses Abonnement abgelehnt. %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused %1 on “%2”. %3</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat %1 auf „%2“ abgelehnt. %3</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>New topic &amp;tree</source>
        <translation>Neuer &amp;Themenbaum</translation>
    </message>
    <message>
        <source>Tree: %1</source>
        <translation>Baum: %1</translation>
    </message>
    <message>
        <source>Cleared %1 retained messages; %2 not cleared: %3</source>
        <translation>%1 gespeicherte Nachrichten gelöscht; %2 nicht gelöscht: %3</translation>
    </message>
    <message>
        <source>&amp;Record and replay…</source>
        <translation>Aufzeichnen und &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Pane “%1”</source>
        <translation>Bereich „%1“</translation>
    </message>
    <message>
        <source>Cannot sign in to AWS IoT: %1</source>
        <translation>Anmeldung bei AWS IoT nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot connect through a Greengrass core: %1 is not an AWS IoT endpoint, so the discovery endpoint is not known. Enter it in the connection settings (Greengrass, Discovery endpoint).</source>
        <translation>Verbindung über einen Greengrass-Core nicht möglich: %1 ist kein AWS-IoT-Endpunkt, daher ist der Discovery-Endpunkt unbekannt. Geben Sie ihn in den Verbindungseinstellungen ein (Greengrass, Discovery-Endpunkt).</translation>
    </message>
    <message>
        <source>Cannot connect through a Greengrass core: %1</source>
        <translation>Verbindung über einen Greengrass-Core nicht möglich: %1</translation>
    </message>
    <message>
        <source>Greengrass discovery found no core to connect to: %1 To connect to the endpoint directly, clear “Connect through a Greengrass core” in the connection settings.</source>
        <translation>Die Greengrass-Discovery hat keinen erreichbaren Core gefunden: %1 Um direkt mit dem Endpunkt zu verbinden, deaktivieren Sie „Über einen Greengrass-Core verbinden“ in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Asking %1 which Greengrass cores “%2” may use…</source>
        <translation>%1 wird gefragt, welche Greengrass-Cores „%2“ verwenden darf…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>the whole document</source>
        <translation>das ganze Dokument</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>JSON: %1 changed, %2 added, %3 removed</source>
        <translation>JSON: %1 geändert, %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>Identical payloads (%1 bytes).</source>
        <translation>Gleiche Nutzdaten (%1 Bytes).</translation>
    </message>
    <message>
        <source>Text: the same lines, spelled differently (spacing or line endings).</source>
        <translation>Text: dieselben Zeilen, anders geschrieben (Leerraum oder Zeilenenden).</translation>
    </message>
    <message>
        <source>Text: %1 lines added, %2 removed%3.</source>
        <translation>Text: %1 Zeilen hinzugefügt, %2 entfernt%3.</translation>
    </message>
    <message>
        <source> (too different to compare line by line; the changed part is shown whole)</source>
        <translation> (zu verschieden für einen Zeilenvergleich; der geänderte Teil wird ganz gezeigt)</translation>
    </message>
    <message>
        <source>at 0x%1 (%2 bytes)</source>
        <translation>bei 0x%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Binary: %1 bytes differ in %2 ranges</source>
        <translation>Binär: %1 Bytes unterscheiden sich in %2 Bereichen</translation>
    </message>
    <message>
        <source>; %1 bytes added at the end</source>
        <translation>; %1 Bytes am Ende hinzugefügt</translation>
    </message>
    <message>
        <source>; %1 bytes cut from the end</source>
        <translation>; %1 Bytes am Ende entfernt</translation>
    </message>
</context>
<context>
    <name>MessageDiffView</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− entfernt</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <source>(whole document)</source>
        <translation>(ganzes Dokument)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>MessageFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2. Fix the expression or turn off “Regex”.</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2. Korrigieren Sie den Ausdruck, oder schalten Sie „Regex“ aus.</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>“properties.user_properties” must be a list of [name, value] pairs</source>
        <translation>„properties.user_properties“ muss eine Liste von [name, value]-Paaren sein</translation>
    </message>
    <message>
        <source>each of “properties.user_properties” must be a [name, value] pair of two strings</source>
        <translation>jeder Eintrag in „properties.user_properties“ muss ein [name, value]-Paar aus zwei Strings sein</translation>
    </message>
    <message>
        <source>“properties.%1” must be a string</source>
        <translation>„properties.%1“ muss ein String sein</translation>
    </message>
    <message>
        <source>“properties.correlation_data_base64” must be a base64 string</source>
        <translation>„properties.correlation_data_base64“ muss ein Base64-String sein</translation>
    </message>
    <message>
        <source>“properties.message_expiry_interval” must be a whole number of seconds from 0 to 4294967295</source>
        <translation>„properties.message_expiry_interval“ muss eine ganze Zahl von Sekunden zwischen 0 und 4294967295 sein</translation>
    </message>
    <message>
        <source>“properties.payload_format_indicator” must be 0 or 1</source>
        <translation>„properties.payload_format_indicator“ muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>“tst” (the receive time, ISO 8601 UTC such as 2026-05-04T10:20:30.123Z) is missing</source>
        <translation>„tst“ (die Empfangszeit, ISO 8601 UTC wie 2026-05-04T10:20:30.123Z) fehlt</translation>
    </message>
    <message>
        <source>“tst” is “%1”, not an ISO 8601 time such as 2026-05-04T10:20:30.123Z</source>
        <translation>„tst“ ist „%1“, keine ISO-8601-Zeit wie 2026-05-04T10:20:30.123Z</translation>
    </message>
    <message>
        <source>“topic” must be a topic name (a string that is not empty)</source>
        <translation>„topic“ muss ein Topic-Name sein (ein nicht leerer String)</translation>
    </message>
    <message>
        <source>“qos” must be 0, 1 or 2</source>
        <translation>„qos“ muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <source>“retain” must be true or false</source>
        <translation>„retain“ muss true oder false sein</translation>
    </message>
    <message>
        <source>give exactly one of “payload” (text) and “payload_base64” (other bytes)</source>
        <translation>genau eines von „payload“ (Text) und „payload_base64“ (andere Bytes) angeben</translation>
    </message>
    <message>
        <source>“payload” must be a string; use “payload_base64” for bytes that are not text</source>
        <translation>„payload“ muss ein String sein; verwenden Sie „payload_base64“ für Bytes, die kein Text sind</translation>
    </message>
    <message>
        <source>“payload_base64” must be a base64 string</source>
        <translation>„payload_base64“ muss ein Base64-String sein</translation>
    </message>
    <message>
        <source>“payloadlen” must be a whole number of bytes</source>
        <translation>„payloadlen“ muss eine ganze Zahl von Bytes sein</translation>
    </message>
    <message>
        <source>“payloadlen” says %1 bytes but the payload has %2; the line was changed or cut</source>
        <translation>„payloadlen“ gibt %1 Bytes an, die Nutzdaten haben aber %2; die Zeile wurde verändert oder abgeschnitten</translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation>„properties“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation>kein JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not a JSON object; each line must be one message object</source>
        <translation>kein JSON-Objekt; jede Zeile muss genau ein Nachrichtenobjekt sein</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the path and try again.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie, ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <source>Reading “%1” failed at line %2. Check the disk and try again.</source>
        <translation>Das Lesen von „%1“ ist in Zeile %2 fehlgeschlagen. Prüfen Sie den Datenträger, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Choose a folder you may write to.</source>
        <translation>„%1“ kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing “%1” failed; nothing was changed. Check free disk space.</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen; es wurde nichts geändert. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cancelled; “%1” was left as it was.</source>
        <translation>Abgebrochen; „%1“ blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be read and were skipped: </source>
        <translation>
            <numerusform>%Ln Zeile konnte nicht gelesen werden und wurde übersprungen: </numerusform>
            <numerusform>%Ln Zeilen konnten nicht gelesen werden und wurden übersprungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %Ln more</source>
        <translation>
            <numerusform>; und %Ln weitere</numerusform>
            <numerusform>; und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageRecorder</name>
    <message>
        <source>Cannot record to “%1”: the folder “%2” does not exist. Create it or choose another folder.</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: der Ordner „%2“ existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot record to “%1”: “%2” is a file, not a folder. Choose a folder.</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: „%2“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Cannot record to “%1”: it is a folder. Give a file name inside it.</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: das ist ein Ordner. Geben Sie einen Dateinamen darin an.</translation>
    </message>
    <message>
        <source>Cannot record to “%1”: the disk is full. Free some space or record to another disk.</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: die Festplatte ist voll. Schaffen Sie Platz oder zeichnen Sie auf eine andere Festplatte auf.</translation>
    </message>
    <message>
        <source>Cannot record to “%1”: you may not write there (%2). Choose a folder you may write to.</source>
        <translation>Aufzeichnung nach „%1“ nicht möglich: Sie dürfen dort nicht schreiben (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Recording to “%1” stopped: “%2” could not be renamed for the next file. Check the folder&apos;s permissions, then start again.</source>
        <translation>Aufzeichnung nach „%1“ beendet: „%2“ konnte für die nächste Datei nicht umbenannt werden. Prüfen Sie die Rechte des Ordners und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Recording to “%1” stopped: it could not be renamed to “%2” for the next file. Check the folder&apos;s permissions, then start again.</source>
        <translation>Aufzeichnung nach „%1“ beendet: sie konnte für die nächste Datei nicht in „%2“ umbenannt werden. Prüfen Sie die Rechte des Ordners und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Recording to “%1” stopped after %2 messages: the disk is full. Free some space or record to another disk, then start again.</source>
        <translation>Aufzeichnung nach „%1“ nach %2 Nachrichten beendet: die Festplatte ist voll. Schaffen Sie Platz oder zeichnen Sie auf eine andere Festplatte auf und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Recording to “%1” stopped after %2 messages: writing failed (%3). Check the disk, then start again.</source>
        <translation>Aufzeichnung nach „%1“ nach %2 Nachrichten beendet: das Schreiben ist fehlgeschlagen (%3). Prüfen Sie die Festplatte und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>MessageReplayer</name>
    <message>
        <source>“%1” does not exist. Check the path and try again.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie, ob Sie es lesen dürfen.</translation>
    </message>
    <message>
        <source>Reading “%1” failed at line %2. Check the disk and try again.</source>
        <translation>Das Lesen von „%1“ ist in Zeile %2 fehlgeschlagen. Prüfen Sie die Festplatte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Replayed %1 messages in %2 s</source>
        <translation>%1 Nachrichten in %2 s wiedergegeben</translation>
    </message>
    <message>
        <source> (%1 messages/s)</source>
        <translation> (%1 Nachrichten/s)</translation>
    </message>
    <message>
        <source>%1 failed (the first: %2)</source>
        <translation>%1 fehlgeschlagen (die erste: %2)</translation>
    </message>
    <message>
        <source>%1 were handed to the connection but their result did not come before the replay ended</source>
        <translation>%1 wurden an die Verbindung übergeben, aber ihr Ergebnis kam nicht vor dem Ende der Wiedergabe</translation>
    </message>
    <message>
        <source>stopped before the end of the file</source>
        <translation>vor dem Ende der Datei angehalten</translation>
    </message>
    <message>
        <source>%1 messages went without their MQTT 5 properties, which an MQTT 3.1.1 connection cannot carry (connect with MQTT 5 to keep them)</source>
        <translation>%1 Nachrichten gingen ohne ihre MQTT-5-Eigenschaften, die eine MQTT-3.1.1-Verbindung nicht tragen kann (verbinden Sie sich mit MQTT 5, um sie zu behalten)</translation>
    </message>
    <message>
        <source>The speed must be from %1 to %2 (1 replays at the recorded pace, 2 twice as fast), not %3.</source>
        <translation>Die Geschwindigkeit muss zwischen %1 und %2 liegen (1 gibt im aufgezeichneten Tempo wieder, 2 doppelt so schnell), nicht %3.</translation>
    </message>
    <message>
        <source>Give both topic prefixes, the one to replace and the new one (OLD=NEW), or neither.</source>
        <translation>Geben Sie beide Topic-Präfixe an, das zu ersetzende und das neue (ALT=NEU), oder keines.</translation>
    </message>
    <message>
        <source>The topic prefix “%1” cannot be used: %2</source>
        <translation>Das Topic-Präfix „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The publish window and the read-ahead must be at least 1.</source>
        <translation>Das Sendefenster und der Vorlesepuffer müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>“%1” is empty: there are no messages to replay.</source>
        <translation>„%1“ ist leer: es gibt keine Nachrichten zum Wiedergeben.</translation>
    </message>
    <message>
        <source>“%1” holds no messages in ThingBench&apos;s JSON-lines format (as “thingbench-cli sub --format jsonl” writes it). %2</source>
        <translation>„%1“ enthält keine Nachrichten im JSON-Zeilen-Format von ThingBench (wie „thingbench-cli sub --format jsonl“ es schreibt). %2</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>The connection to the broker was closed</source>
        <translation>Die Verbindung zum Broker wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>retained</source>
        <translation>beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>MqttSession</name>
    <message>
        <source>the broker refused the subscription (unspecified error)</source>
        <translation>der Broker hat das Abonnement abgelehnt (nicht näher bezeichneter Fehler)</translation>
    </message>
    <message>
        <source>the broker refused the subscription (implementation specific error)</source>
        <translation>der Broker hat das Abonnement abgelehnt (implementierungsspezifischer Fehler)</translation>
    </message>
    <message>
        <source>not authorised: the broker&apos;s policy does not allow this filter</source>
        <translation>nicht autorisiert: Die Richtlinie des Brokers erlaubt diesen Filter nicht</translation>
    </message>
    <message>
        <source>the broker says the topic filter is invalid</source>
        <translation>laut Broker ist der Topic-Filter ungültig</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>Paket-ID wird bereits verwendet</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>the broker does not support shared subscriptions</source>
        <translation>der Broker unterstützt keine geteilten Abonnements (Shared Subscriptions)</translation>
    </message>
    <message>
        <source>the broker does not support subscription identifiers</source>
        <translation>der Broker unterstützt keine Abonnement-IDs</translation>
    </message>
    <message>
        <source>the broker does not support wildcard subscriptions</source>
        <translation>der Broker unterstützt keine Wildcard-Abonnements</translation>
    </message>
    <message>
        <source>the broker refused the subscription (reason code 0x%1)</source>
        <translation>der Broker hat das Abonnement abgelehnt (Reason-Code 0x%1)</translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The connection was closed before the broker acknowledged the message; it may not have been delivered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Broker die Nachricht bestätigt hat; sie wurde möglicherweise nicht zugestellt.</translation>
    </message>
    <message>
        <source>The connection was closed before it was sent.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>The connection was lost before the broker acknowledged the message; it may not have been delivered.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Broker die Nachricht bestätigt hat; sie wurde möglicherweise nicht zugestellt.</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2). Reconnecting…</source>
        <translation>Verbindung zu %1 verloren (%2). Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2). Connect again when the broker is reachable.</source>
        <translation>Verbindung zu %1 verloren (%2). Verbinden Sie sich erneut, sobald der Broker erreichbar ist.</translation>
    </message>
    <message>
        <source>You disconnected before it was sent.</source>
        <translation>Sie haben die Verbindung getrennt, bevor die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Subscribing to “%1” failed: %2.</source>
        <translation>Das Abonnieren von „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>not authorised: the broker&apos;s policy does not allow publishing to this topic</source>
        <translation>nicht autorisiert: Die Richtlinie des Brokers erlaubt das Veröffentlichen auf diesem Topic nicht</translation>
    </message>
    <message>
        <source>the broker says the topic name is invalid</source>
        <translation>laut Broker ist der Topic-Name ungültig</translation>
    </message>
    <message>
        <source>the broker refused the payload format</source>
        <translation>der Broker hat das Nutzdatenformat abgelehnt</translation>
    </message>
    <message>
        <source>the broker refused it (reason code 0x%1)</source>
        <translation>der Broker hat die Nachricht abgelehnt (Reason-Code 0x%1)</translation>
    </message>
    <message>
        <source>the connection closed before the broker acknowledged it (Paho code %1)</source>
        <translation>die Verbindung wurde geschlossen, bevor der Broker die Nachricht bestätigt hat (Paho-Code %1)</translation>
    </message>
    <message>
        <source>The message was not delivered: %1.</source>
        <translation>Die Nachricht wurde nicht zugestellt: %1.</translation>
    </message>
    <message>
        <source>%1 does not accept MQTT %2. Choose the other MQTT version in the connection settings.</source>
        <translation>%1 akzeptiert MQTT %2 nicht. Wählen Sie in den Verbindungseinstellungen die andere MQTT-Version.</translation>
    </message>
    <message>
        <source>%1 rejected the client id “%2”. Use another client id (for AWS IoT: the thing name, allowed by the policy).</source>
        <translation>%1 hat die Client-ID „%2“ abgelehnt. Verwenden Sie eine andere Client-ID (bei AWS IoT: den Thing-Namen, den die Richtlinie erlaubt).</translation>
    </message>
    <message>
        <source>%1 is unavailable or busy right now. Try again later.</source>
        <translation>%1 ist gerade nicht verfügbar oder ausgelastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password. Check the credentials.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 refused the connection: not authorised. Check the broker&apos;s access rules (on AWS IoT: the policy attached to the certificate must allow iot:Connect for client id “%2”).</source>
        <translation>%1 hat die Verbindung abgelehnt: nicht autorisiert. Prüfen Sie die Zugriffsregeln des Brokers (bei AWS IoT: Die an das Zertifikat angehängte Richtlinie muss iot:Connect für die Client-ID „%2“ erlauben).</translation>
    </message>
    <message>
        <source>%1 does not support the authentication method used.</source>
        <translation>%1 unterstützt die verwendete Authentifizierungsmethode nicht.</translation>
    </message>
    <message>
        <source>%1 refused the connection: connection rate exceeded. Wait a moment and retry.</source>
        <translation>%1 hat die Verbindung abgelehnt: Verbindungsrate überschritten. Warten Sie einen Moment, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the connection (reason code 0x%2).</source>
        <translation>%1 hat die Verbindung abgelehnt (Reason-Code 0x%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1: the network connection works, but the MQTT handshake failed (Paho code %2). Check the MQTT version, the client id and the broker&apos;s log.</source>
        <translation>Verbindung zu %1 nicht möglich: Die Netzwerkverbindung funktioniert, aber der MQTT-Handshake ist fehlgeschlagen (Paho-Code %2). Prüfen Sie die MQTT-Version, die Client-ID und das Protokoll des Brokers.</translation>
    </message>
    <message>
        <source>Paho said: %1</source>
        <translation>Paho meldete: %1</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2.</source>
        <translation>QoS muss 0, 1 oder 2 sein.</translation>
    </message>
    <message>
        <source>Subscribing to “%1” failed: %2</source>
        <translation>Das Abonnieren von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected: the message to “%1” was not sent. Connect first, then publish again.</source>
        <translation>Nicht verbunden: Die Nachricht an „%1“ wurde nicht gesendet. Stellen Sie zuerst eine Verbindung her, und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Publish queue full: %1 messages (%2 MB) are waiting to be sent, so the message to “%3” was not sent. Wait for the queue to drain, or slow the repeat down.</source>
        <translation>Sende-Warteschlange voll: %1 Nachrichten (%2 MB) warten auf das Senden, daher wurde die Nachricht an „%3“ nicht gesendet. Warten Sie, bis sich die Warteschlange leert, oder verlangsamen Sie die Wiederholung.</translation>
    </message>
    <message>
        <source>The message to “%1” was not sent: %2</source>
        <translation>Die Nachricht an „%1“ wurde nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>NumericField</name>
    <message>
        <source>expected “.” or “[” at character %1</source>
        <translation>„.“ oder „[“ erwartet bei Zeichen %1</translation>
    </message>
    <message>
        <source>“%1” is not a field path: %2. Separate names with dots and put array indexes in brackets, e.g. state.reported.temp or readings[2].value; leave it empty for a payload that is a number.</source>
        <translation>„%1“ ist kein Feldpfad: %2. Trennen Sie Namen mit Punkten und setzen Sie Array-Indizes in eckige Klammern, z. B. state.reported.temp oder readings[2].value; lassen Sie das Feld leer, wenn die Nutzdaten selbst eine Zahl sind.</translation>
    </message>
    <message>
        <source>“]” at character %1 closes no “[”</source>
        <translation>„]“ bei Zeichen %1 schließt kein „[“</translation>
    </message>
    <message>
        <source>a name is missing at character %1</source>
        <translation>bei Zeichen %1 fehlt ein Name</translation>
    </message>
    <message>
        <source>the “[” at character %1 is not closed with “]”</source>
        <translation>das „[“ bei Zeichen %1 wird nicht mit „]“ geschlossen</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not an array index (0, 1, 2, …)</source>
        <translation>„%1“ bei Zeichen %2 ist kein Array-Index (0, 1, 2, …)</translation>
    </message>
    <message>
        <source>the quoted name at character %1 is not closed with “&quot;]”</source>
        <translation>der Name in Anführungszeichen bei Zeichen %1 wird nicht mit „&quot;]“ geschlossen</translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message>
        <source>not valid UTF-8: invalid bytes are shown as �; use Hex to see them</source>
        <translation>kein gültiges UTF-8: Ungültige Bytes werden als � angezeigt; verwenden Sie „Hex“, um sie zu sehen</translation>
    </message>
    <message>
        <source>only the first %1 bytes are shown, which are not complete JSON</source>
        <translation>nur die ersten %1 Bytes werden angezeigt, und sie sind kein vollständiges JSON</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <source>The local AWS IoT registry the checks use</source>
        <translation>Die lokale AWS-IoT-Registry, die die Prüfungen verwenden</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the registry</source>
        <translation>Registry neu laden</translation>
    </message>
    <message>
        <source>Reads the registry file again (the sandbox and thingbench-cli registry change it)</source>
        <translation>Liest die Registry-Datei erneut (die Sandbox und thingbench-cli registry ändern sie)</translation>
    </message>
    <message>
        <source>Registry problem</source>
        <translation>Registry-Problem</translation>
    </message>
    <message>
        <source>Policy checks</source>
        <translation>Richtlinienprüfungen</translation>
    </message>
    <message>
        <source>Would this thing &amp;work?</source>
        <translation>&amp;Würde dieses Gerät funktionieren?</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The registered certificate the device presents; its policies decide</source>
        <translation>Das registrierte Zertifikat, das das Gerät vorlegt; seine Richtlinien entscheiden</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client ID the device connects with; the thing of this name is bound when it is attached to the certificate</source>
        <translation>Die Client-ID, mit der sich das Gerät verbindet; das Thing dieses Namens wird gebunden, wenn es dem Zertifikat zugeordnet ist</translation>
    </message>
    <message>
        <source>usually the thing name</source>
        <translation>meist der Thing-Name</translation>
    </message>
    <message>
        <source>Pe&amp;rsistent session (clean session off)</source>
        <translation>Pe&amp;rsistente Sitzung (Clean Session aus)</translation>
    </message>
    <message>
        <source>Sets iot:ConnectAttributes PersistentConnect on the connect</source>
        <translation>Setzt iot:ConnectAttributes PersistentConnect beim Verbinden</translation>
    </message>
    <message>
        <source>&amp;Subscriptions:</source>
        <translation>A&amp;bonnements:</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>One topic filter per line; each is checked for Subscribe and for Receive on a topic it matches</source>
        <translation>Ein Topic-Filter pro Zeile; jeder wird für Subscribe und für Receive auf einem passenden Topic geprüft</translation>
    </message>
    <message>
        <source>One topic filter per line, e.g. $aws/things/my-thing/shadow/update/delta</source>
        <translation>Ein Topic-Filter pro Zeile, z. B. $aws/things/my-thing/shadow/update/delta</translation>
    </message>
    <message>
        <source>P&amp;ublishes:</source>
        <translation>&amp;Veröffentlichungen:</translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>One topic per line; a line starting with “retain ” is a retained publish</source>
        <translation>Ein Topic pro Zeile; eine Zeile, die mit „retain “ beginnt, ist eine Retained-Veröffentlichung</translation>
    </message>
    <message>
        <source>One topic per line; start it with “retain ” for a retained publish</source>
        <translation>Ein Topic pro Zeile; mit „retain “ beginnen für eine Retained-Veröffentlichung</translation>
    </message>
    <message>
        <source>Ta&amp;ke from this window</source>
        <translation>Aus diesem Fenster über&amp;nehmen</translation>
    </message>
    <message>
        <source>Fills the subscriptions and publishes from this window’s panes, templates and draft</source>
        <translation>Füllt Abonnements und Veröffentlichungen aus den Bereichen, Vorlagen und dem Entwurf dieses Fensters</translation>
    </message>
    <message>
        <source>C&amp;heck the session</source>
        <translation>Sitzung &amp;prüfen</translation>
    </message>
    <message>
        <source>Session check result</source>
        <translation>Ergebnis der Sitzungsprüfung</translation>
    </message>
    <message>
        <source>Session steps</source>
        <translation>Schritte der Sitzung</translation>
    </message>
    <message>
        <source>Each request of the session with its decision and why</source>
        <translation>Jede Anfrage der Sitzung mit ihrer Entscheidung und dem Grund</translation>
    </message>
    <message>
        <source>Evaluate a &amp;request</source>
        <translation>&amp;Anfrage auswerten</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>A registry policy (its default version) to start from; edit the document below freely</source>
        <translation>Eine Richtlinie der Registry (ihre Standardversion) als Ausgangspunkt; das Dokument unten ist frei bearbeitbar</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <source>The AWS IoT policy document (JSON) to evaluate the request against</source>
        <translation>Das AWS-IoT-Richtliniendokument (JSON), gegen das die Anfrage ausgewertet wird</translation>
    </message>
    <message>
        <source>Paste an AWS IoT policy document (JSON), or pick one above</source>
        <translation>Fügen Sie ein AWS-IoT-Richtliniendokument (JSON) ein oder wählen Sie oben eines aus</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Richtlinienprüfung</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation>R&amp;essource:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>A topic, topic filter or client ID (the ARN is made for you), or a full ARN</source>
        <translation>Ein Topic, Topic-Filter oder eine Client-ID (der ARN wird gebildet) oder ein vollständiger ARN</translation>
    </message>
    <message>
        <source>topic, topic filter or client ID, or a full arn:aws:iot:… ARN</source>
        <translation>Topic, Topic-Filter oder Client-ID oder ein vollständiger arn:aws:iot:…-ARN</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client ID of the request</source>
        <translation>Client-ID der Anfrage</translation>
    </message>
    <message>
        <source>&amp;Thing:</source>
        <translation>&amp;Thing:</translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <source>The registry thing bound to the connection; empty when none</source>
        <translation>Das an die Verbindung gebundene Thing der Registry; leer, wenn keines</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The thing is attached to the certificate</source>
        <translation>Das Thing ist dem Zertifikat zugeordnet</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>A&amp;uswerten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the request is allowed or denied, in plain words</source>
        <translation>Warum die Anfrage erlaubt oder abgelehnt wird, in einfachen Worten</translation>
    </message>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ Erlaubt</translation>
    </message>
    <message>
        <source>✖ Denied by a Deny statement</source>
        <translation>✖ Abgelehnt durch eine Deny-Anweisung</translation>
    </message>
    <message>
        <source>✖ Denied: nothing allows it</source>
        <translation>✖ Abgelehnt: nichts erlaubt es</translation>
    </message>
    <message>
        <source>Connect as “%1”</source>
        <translation>Verbinden als „%1“</translation>
    </message>
    <message>
        <source>Subscribe to “%1”</source>
        <translation>„%1“ abonnieren</translation>
    </message>
    <message>
        <source>Receive “%1” (under “%2”)</source>
        <translation>„%1“ empfangen (unter „%2“)</translation>
    </message>
    <message>
        <source>Publish to “%1”</source>
        <translation>An „%1“ veröffentlichen</translation>
    </message>
    <message>
        <source>Retain on “%1”</source>
        <translation>Auf „%1“ beibehalten (Retain)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>(pasted below)</source>
        <translation>(unten eingefügt)</translation>
    </message>
    <message>
        <source>The registry cannot be read: %1. The last one read is still used.</source>
        <translation>Die Registry kann nicht gelesen werden: %1. Die zuletzt gelesene wird weiter verwendet.</translation>
    </message>
    <message>
        <source>%1… (%2) · %3 · thing %4</source>
        <translation>%1… (%2) · %3 · Thing %4</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>Choose a registered certificate first (the registry has none, or it could not be read).</source>
        <translation>Wählen Sie zuerst ein registriertes Zertifikat aus (die Registry hat keines oder konnte nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Enter the client ID the device connects with.</source>
        <translation>Geben Sie die Client-ID ein, mit der sich das Gerät verbindet.</translation>
    </message>
    <message>
        <source>✔ This session would work: all %1 requests are allowed.</source>
        <translation>✔ Diese Sitzung würde funktionieren: Alle %1 Anfragen sind erlaubt.</translation>
    </message>
    <message>
        <source>✖ This session would not work on AWS IoT: %1 of %2 requests are denied, first: %3. The table says why.</source>
        <translation>✖ Diese Sitzung würde bei AWS IoT nicht funktionieren: %1 von %2 Anfragen werden abgelehnt, zuerst: %3. Die Tabelle nennt die Gründe.</translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation>Die Richtlinie kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>PublishComposer</name>
    <message>
        <source>“templates” is not a list</source>
        <translation>„templates“ ist keine Liste</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has no text “%2”</source>
        <translation>%1 hat keinen Text „%2“</translation>
    </message>
    <message>
        <source>“%2” of %1 is not text</source>
        <translation>„%2“ von %1 ist kein Text</translation>
    </message>
    <message>
        <source>“qos” of %1 is not 0, 1 or 2</source>
        <translation>„qos“ von %1 ist nicht 0, 1 oder 2</translation>
    </message>
    <message>
        <source>“retain” of %1 is not true or false</source>
        <translation>„retain“ von %1 ist nicht true oder false</translation>
    </message>
    <message>
        <source>“message_expiry” of %1 is not a number of seconds</source>
        <translation>„message_expiry“ von %1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>“user_properties” of %1 is not a list</source>
        <translation>„user_properties“ von %1 ist keine Liste</translation>
    </message>
    <message>
        <source>a user property of %1 is not a [name, value] pair of texts</source>
        <translation>eine Benutzereigenschaft von %1 ist kein [name, value]-Paar aus Texten</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>e.g. devices/my-thing/telemetry</source>
        <translation>z. B. devices/my-thing/telemetry</translation>
    </message>
    <message>
        <source>Publish topic</source>
        <translation>Topic zum Veröffentlichen</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Publish QoS</source>
        <translation>QoS zum Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation>&amp;Beibehalten</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <source>Save the message as a template</source>
        <translation>Nachricht als Vorlage speichern</translation>
    </message>
    <message>
        <source>Topic check</source>
        <translation>Topic-Prüfung</translation>
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation>&amp;Nutzdaten:</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation>&amp;Kompakt</translation>
    </message>
    <message>
        <source>Load &amp;file…</source>
        <translation>&amp;Datei laden…</translation>
    </message>
    <message>
        <source>Pretty-print the JSON payload</source>
        <translation>JSON-Nutzdaten übersichtlich formatieren</translation>
    </message>
    <message>
        <source>Compact the JSON payload</source>
        <translation>JSON-Nutzdaten kompakt formatieren</translation>
    </message>
    <message>
        <source>Use a file as the payload</source>
        <translation>Eine Datei als Nutzdaten verwenden</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Nutzdaten-Prüfung</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a user property</source>
        <translation>Benutzereigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected user property</source>
        <translation>Ausgewählte Benutzereigenschaft entfernen</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Message expiry in seconds</source>
        <translation>Nachrichtenablauf in Sekunden</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>Benutzereigenschaften:</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>Antwort-Topic:</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>Korrelationsdaten:</translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation>Nachrichtenablauf:</translation>
    </message>
    <message>
        <source>History (double-click to reuse):</source>
        <translation>Verlauf (Doppelklick zum Wiederverwenden):</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the message</source>
        <translation>Nachricht veröffentlichen</translation>
    </message>
    <message>
        <source>Ctrl+Return publishes from anywhere in the composer</source>
        <translation>Strg+Eingabetaste veröffentlicht von überall im Nachrichteneditor aus</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>How many times to publish</source>
        <translation>Wie oft veröffentlicht werden soll</translation>
    </message>
    <message>
        <source> ms apart</source>
        <translation> ms Abstand</translation>
    </message>
    <message>
        <source>Milliseconds between repeated messages</source>
        <translation>Millisekunden zwischen wiederholten Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop repeat publishing</source>
        <translation>Wiederholtes Veröffentlichen stoppen</translation>
    </message>
    <message>
        <source>Clear retained…</source>
        <translation>Beibehaltene löschen…</translation>
    </message>
    <message>
        <source>Clear the retained message of the topic</source>
        <translation>Beibehaltene Nachricht des Topics löschen</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Ergebnis der Veröffentlichung</translation>
    </message>
    <message>
        <source>Payload file</source>
        <translation>Datei für Nutzdaten</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation>AWS IoT unterstützt QoS 2 nicht.</translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation>Veröffentlichen nicht möglich: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>From file “%1”: %n byte(s)</source>
        <translation>
            <numerusform>Aus Datei „%1“: %n Byte</numerusform>
            <numerusform>Aus Datei „%1“: %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source> · valid JSON</source>
        <translation> · gültiges JSON</translation>
    </message>
    <message>
        <source> · not valid JSON: %1 at offset %2 (it is sent as typed)</source>
        <translation> · kein gültiges JSON: %1 bei Offset %2 (wird wie eingegeben gesendet)</translation>
    </message>
    <message>
        <source>Cannot format: not valid JSON (%1 at offset %2).</source>
        <translation>Formatieren nicht möglich: kein gültiges JSON (%1 bei Offset %2).</translation>
    </message>
    <message>
        <source>Published at %1 (%2).</source>
        <translation>Veröffentlicht um %1 (%2).</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>acknowledged by the broker</source>
        <translation>vom Broker bestätigt</translation>
    </message>
    <message>
        <source>Enter the topic whose retained message should be cleared.</source>
        <translation>Geben Sie das Topic ein, dessen beibehaltene Nachricht gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Clear retained message</source>
        <translation>Beibehaltene Nachricht löschen</translation>
    </message>
    <message>
        <source>Clear the retained message of “%1”? The broker forgets it; new subscribers get nothing until a new retained message is published.</source>
        <translation>Die beibehaltene Nachricht von „%1“ löschen? Der Broker verwirft sie; neue Abonnenten erhalten nichts, bis eine neue beibehaltene Nachricht veröffentlicht wird.</translation>
    </message>
    <message>
        <source>templates file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Die Vorlage wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Published over HTTPS at %1 (HTTP %2, trace id %3).</source>
        <translation>Über HTTPS unter %1 veröffentlicht (HTTP %2, Trace-ID %3).</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unspecified bytes</source>
        <translation>Unbestimmte Bytes</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>Payload format indicator</source>
        <translation>Nutzdatenformat-Kennzeichen</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Nutzdatenformat:</translation>
    </message>
</context>
<context>
    <name>RecentShadows</name>
    <message>
        <source>recent shadows file</source>
        <translation>Datei der zuletzt verwendeten Shadows</translation>
    </message>
    <message>
        <source>“things” is not a list or “shadows” is not an object</source>
        <translation>„things“ ist keine Liste, oder „shadows“ ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>RecordReplayDialog</name>
    <message>
        <source>Record and replay</source>
        <translation>Aufzeichnen und wiedergeben</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>What to record</source>
        <translation>Was aufgezeichnet wird</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Recording file</source>
        <translation>Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>recording.jsonl</source>
        <translation>aufzeichnung.jsonl</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the recording file</source>
        <translation>Aufzeichnungsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation>&amp;Wechseln bei:</translation>
    </message>
    <message>
        <source>Largest file size in MiB (0: no limit)</source>
        <translation>Größte Dateigröße in MiB (0: keine Grenze)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>&amp;keeping</source>
        <translation>&amp;behalten:</translation>
    </message>
    <message>
        <source>Rotated files kept</source>
        <translation>Behaltene ältere Dateien</translation>
    </message>
    <message>
        <source> older files</source>
        <translation> ältere Dateien</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>&amp;Aufzeichnung starten</translation>
    </message>
    <message>
        <source>Start or stop recording</source>
        <translation>Aufzeichnung starten oder beenden</translation>
    </message>
    <message>
        <source>State of the recording</source>
        <translation>Stand der Aufzeichnung</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>File to replay</source>
        <translation>Wiederzugebende Datei</translation>
    </message>
    <message>
        <source>a recording, an export or thingbench-cli sub --format jsonl output</source>
        <translation>eine Aufzeichnung, ein Export oder die Ausgabe von thingbench-cli sub --format jsonl</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Choose the file to replay</source>
        <translation>Wiederzugebende Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Speed of the replay (1: as recorded)</source>
        <translation>Geschwindigkeit der Wiedergabe (1: wie aufgezeichnet)</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>&amp;As fast as possible</source>
        <translation>So &amp;schnell wie möglich</translation>
    </message>
    <message>
        <source>Move topics &amp;from:</source>
        <translation>Topics &amp;verschieben von:</translation>
    </message>
    <message>
        <source>Topic prefix to replace</source>
        <translation>Zu ersetzendes Topic-Präfix</translation>
    </message>
    <message>
        <source>old/prefix (empty: topics as recorded)</source>
        <translation>alt/präfix (leer: Topics wie aufgezeichnet)</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;nach:</translation>
    </message>
    <message>
        <source>New topic prefix</source>
        <translation>Neues Topic-Präfix</translation>
    </message>
    <message>
        <source>new/prefix</source>
        <translation>neu/präfix</translation>
    </message>
    <message>
        <source>Start re&amp;play</source>
        <translation>Wieder&amp;gabe starten</translation>
    </message>
    <message>
        <source>Start or stop the replay</source>
        <translation>Wiedergabe starten oder beenden</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Fortschritt der Wiedergabe</translation>
    </message>
    <message>
        <source>State of the replay</source>
        <translation>Stand der Wiedergabe</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The whole connection</source>
        <translation>Die ganze Verbindung</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>No replay running.</source>
        <translation>Keine Wiedergabe läuft.</translation>
    </message>
    <message>
        <source>Stopping: writing what is queued…</source>
        <translation>Wird beendet: das Wartende wird geschrieben…</translation>
    </message>
    <message>
        <source>Choose a file to record to (Browse…), then start again.</source>
        <translation>Wählen Sie eine Datei für die Aufzeichnung (Durchsuchen…) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>&amp;Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Recording %1 to %2: %3 messages, %4 written</source>
        <translation>Aufzeichnung von %1 nach %2: %3 Nachrichten, %4 geschrieben</translation>
    </message>
    <message>
        <source>, %1 rotations</source>
        <translation>, %1 Dateiwechsel</translation>
    </message>
    <message>
        <source>, %1 dropped (the disk is slower than the messages arrive)</source>
        <translation>, %1 verworfen (die Festplatte ist langsamer als die ankommenden Nachrichten)</translation>
    </message>
    <message>
        <source>Recorded %1 messages to %2 (%3).</source>
        <translation>%1 Nachrichten nach %2 aufgezeichnet (%3).</translation>
    </message>
    <message>
        <source> %1 messages could not be recorded (the disk was slower than the messages).</source>
        <translation> %1 Nachrichten konnten nicht aufgezeichnet werden (die Festplatte war langsamer als die Nachrichten).</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Aufzeichnen nach</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stopping: waiting for the broker to confirm what was sent…</source>
        <translation>Wird beendet: warte auf die Bestätigung des Brokers für das Gesendete…</translation>
    </message>
    <message>
        <source>Connect to a broker first: the replay publishes on this window&apos;s connection.</source>
        <translation>Verbinden Sie sich zuerst mit einem Broker: die Wiedergabe veröffentlicht über die Verbindung dieses Fensters.</translation>
    </message>
    <message>
        <source>Choose a file to replay (Browse…), then start again.</source>
        <translation>Wählen Sie eine wiederzugebende Datei (Durchsuchen…) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Replaying: %1 messages sent so far.</source>
        <translation>Wiedergabe: bisher %1 Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>The replay could not start: check the file and the options.</source>
        <translation>Die Wiedergabe konnte nicht starten: prüfen Sie die Datei und die Einstellungen.</translation>
    </message>
    <message>
        <source>Stop re&amp;play</source>
        <translation>Wieder&amp;gabe beenden</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 wird wiedergegeben…</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Eine Aufzeichnung wiedergeben</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <source>The local AWS IoT registry file shown here</source>
        <translation>Die hier gezeigte Datei der lokalen AWS-IoT-Registry</translation>
    </message>
    <message>
        <source>New &amp;thing…</source>
        <translation>Neues &amp;Thing…</translation>
    </message>
    <message>
        <source>Creates a thing (aws iot create-thing)</source>
        <translation>Legt ein Thing an (aws iot create-thing)</translation>
    </message>
    <message>
        <source>&amp;Register certificate…</source>
        <translation>Zertifikat &amp;registrieren…</translation>
    </message>
    <message>
        <source>Registers a PEM or DER certificate as ACTIVE (aws iot register-certificate)</source>
        <translation>Registriert ein PEM- oder DER-Zertifikat als ACTIVE (aws iot register-certificate)</translation>
    </message>
    <message>
        <source>New &amp;policy…</source>
        <translation>Neue &amp;Richtlinie…</translation>
    </message>
    <message>
        <source>Creates a policy from the document below (aws iot create-policy)</source>
        <translation>Legt eine Richtlinie aus dem Dokument unten an (aws iot create-policy)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the registry</source>
        <translation>Registry neu laden</translation>
    </message>
    <message>
        <source>Reads the registry file again (the sandbox and thingbench-cli registry change it)</source>
        <translation>Liest die Registry-Datei erneut (die Sandbox und thingbench-cli registry ändern sie)</translation>
    </message>
    <message>
        <source>Registry change result</source>
        <translation>Ergebnis der Registry-Änderung</translation>
    </message>
    <message>
        <source>Things, certificates and policies</source>
        <translation>Things, Zertifikate und Richtlinien</translation>
    </message>
    <message>
        <source>The local AWS IoT registry; select an entry to see and change it</source>
        <translation>Die lokale AWS-IoT-Registry; wählen Sie einen Eintrag aus, um ihn anzusehen und zu ändern</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the registry holds for the selected thing, certificate or policy</source>
        <translation>Was die Registry zum ausgewählten Thing, Zertifikat oder zur Richtlinie enthält</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation>Zertifikatsstatus</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Stat&amp;us setzen</translation>
    </message>
    <message>
        <source>aws iot update-certificate --new-status</source>
        <translation>aws iot update-certificate --new-status</translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation>Ric&amp;htlinie:</translation>
    </message>
    <message>
        <source>Policy to attach or detach</source>
        <translation>Zuzuordnende oder zu lösende Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Attaches the policy to the selected certificate (aws iot attach-policy)</source>
        <translation>Ordnet die Richtlinie dem ausgewählten Zertifikat zu (aws iot attach-policy)</translation>
    </message>
    <message>
        <source>Detac&amp;h</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Detaches the policy from the selected certificate (aws iot detach-policy)</source>
        <translation>Löst die Richtlinie vom ausgewählten Zertifikat (aws iot detach-policy)</translation>
    </message>
    <message>
        <source>Thin&amp;g:</source>
        <translation>Thin&amp;g:</translation>
    </message>
    <message>
        <source>Thing to attach the certificate to</source>
        <translation>Thing, dem das Zertifikat zugeordnet wird</translation>
    </message>
    <message>
        <source>Attach to th&amp;ing</source>
        <translation>Dem Th&amp;ing zuordnen</translation>
    </message>
    <message>
        <source>aws iot attach-thing-principal</source>
        <translation>aws iot attach-thing-principal</translation>
    </message>
    <message>
        <source>Policy docu&amp;ment:</source>
        <translation>Richtlinien&amp;dokument:</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <source>The selected policy’s default version; edit it and save it as a new version, or write one for a new policy</source>
        <translation>Die Standardversion der ausgewählten Richtlinie; bearbeiten und als neue Version speichern oder eine für eine neue Richtlinie schreiben</translation>
    </message>
    <message>
        <source>Save as new &amp;version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <source>Saves the document as the policy’s new default version (aws iot create-policy-version --set-as-default)</source>
        <translation>Speichert das Dokument als neue Standardversion der Richtlinie (aws iot create-policy-version --set-as-default)</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Deletes the selected thing or policy</source>
        <translation>Löscht das ausgewählte Thing oder die ausgewählte Richtlinie</translation>
    </message>
    <message>
        <source>Thing %1</source>
        <translation>Thing %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Attribute %1 = %2</source>
        <translation>Attribut %1 = %2</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>No certificate is attached: no connection is bound to this thing.</source>
        <translation>Kein Zertifikat ist zugeordnet: Keine Verbindung ist an dieses Thing gebunden.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registriert: %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>No policy is attached: every request of this certificate is denied.</source>
        <translation>Keine Richtlinie ist zugeordnet: Jede Anfrage dieses Zertifikats wird abgelehnt.</translation>
    </message>
    <message>
        <source>Default version: %1 (of %2)</source>
        <translation>Standardversion: %1 (von %2)</translation>
    </message>
    <message>
        <source>Attached to certificate %1</source>
        <translation>Zugeordnet zu Zertifikat %1</translation>
    </message>
    <message>
        <source>“%1” holds no certificate (a key or another file?). Choose the device&apos;s certificate (…-certificate.pem.crt).</source>
        <translation>„%1“ enthält kein Zertifikat (ein Schlüssel oder eine andere Datei?). Wählen Sie das Zertifikat des Geräts (…-certificate.pem.crt).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The registry cannot be read: %1</source>
        <translation>Die Registry kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Things</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select a thing, a certificate or a policy.</source>
        <translation>Wählen Sie ein Thing, ein Zertifikat oder eine Richtlinie aus.</translation>
    </message>
    <message>
        <source>Another change is being saved; try again in a moment.</source>
        <translation>Eine andere Änderung wird gerade gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>New thing</source>
        <translation>Neues Thing</translation>
    </message>
    <message>
        <source>Thing name:</source>
        <translation>Thing-Name:</translation>
    </message>
    <message>
        <source>Thing “%1” created.</source>
        <translation>Thing „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation>Ein Zertifikat registrieren</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificate from “%1” registered as ACTIVE.</source>
        <translation>Zertifikat aus „%1“ als ACTIVE registriert.</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Policy name (its document is the one in the editor):</source>
        <translation>Name der Richtlinie (ihr Dokument ist das im Editor):</translation>
    </message>
    <message>
        <source>Policy “%1” created.</source>
        <translation>Richtlinie „%1“ angelegt.</translation>
    </message>
    <message>
        <source>New default version of “%1” saved; the sandbox applies it at once.</source>
        <translation>Neue Standardversion von „%1“ gespeichert; die Sandbox wendet sie sofort an.</translation>
    </message>
    <message>
        <source>Certificate %1… is %2 now.</source>
        <translation>Zertifikat %1… ist jetzt %2.</translation>
    </message>
    <message>
        <source>Policy “%1” attached to certificate %2….</source>
        <translation>Richtlinie „%1“ dem Zertifikat %2… zugeordnet.</translation>
    </message>
    <message>
        <source>Policy “%1” detached from certificate %2….</source>
        <translation>Richtlinie „%1“ vom Zertifikat %2… gelöst.</translation>
    </message>
    <message>
        <source>Certificate %1… attached to thing “%2”.</source>
        <translation>Zertifikat %1… dem Thing „%2“ zugeordnet.</translation>
    </message>
    <message>
        <source>Delete the thing “%1” from the registry?</source>
        <translation>Das Thing „%1“ aus der Registry löschen?</translation>
    </message>
    <message>
        <source>Delete the policy “%1” and all its versions from the registry?</source>
        <translation>Die Richtlinie „%1“ mit allen Versionen aus der Registry löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Sandbox:</translation>
    </message>
    <message>
        <source>The sandbox broker decides every request of a client certificate from this registry, as AWS IoT would; changing it restarts the local sandbox</source>
        <translation>Der Sandbox-Broker entscheidet jede Anfrage eines Client-Zertifikats anhand dieser Registry, wie AWS IoT es täte; eine Änderung startet die lokale Sandbox neu</translation>
    </message>
    <message>
        <source>AWS MQTT &amp;3.1.1 behaviour: a denied publish closes the connection</source>
        <translation>AWS-Verhalten bei MQTT &amp;3.1.1: Eine abgelehnte Veröffentlichung schließt die Verbindung</translation>
    </message>
    <message>
        <source>As AWS IoT does for MQTT 3.1.1 clients; changing it restarts the local sandbox</source>
        <translation>Wie AWS IoT es bei MQTT-3.1.1-Clients tut; eine Änderung startet die lokale Sandbox neu</translation>
    </message>
    <message>
        <source>Open the “Local sandbox” workspace to change how the sandbox runs.</source>
        <translation>Öffnen Sie den Arbeitsbereich „Lokale Sandbox“, um zu ändern, wie die Sandbox läuft.</translation>
    </message>
    <message>
        <source>Enfor&amp;ce AWS IoT policies on its mutual-TLS listener</source>
        <translation>AWS-IoT-Richtlinien auf ihrem Mutual-TLS-Listener &amp;durchsetzen</translation>
    </message>
</context>
<context>
    <name>RetainedCleaner</name>
    <message>
        <source>%1: skipped (topics starting with $ belong to the broker or to AWS IoT)</source>
        <translation>%1: übersprungen (Topics, die mit $ beginnen, gehören dem Broker oder AWS IoT)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>needs administrator rights</source>
        <translation>erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>is in use by another program</source>
        <translation>wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>Port %2 for %1 %3; the sandbox uses port %4 instead.</source>
        <extracomment>%1: listener (&quot;plain MQTT&quot;), %2: port, %3: &quot;is in use by another program&quot;, %4: the new port</extracomment>
        <translation>Port %2 für %1 %3; die Sandbox verwendet stattdessen Port %4.</translation>
    </message>
    <message>
        <source>sandbox ports file</source>
        <translation>Portdatei der Sandbox</translation>
    </message>
    <message>
        <source>“port” and “tlsPort” must be port numbers</source>
        <translation>„port“ und „tlsPort“ müssen Portnummern sein</translation>
    </message>
    <message>
        <source>No folder was given for the local broker. Choose a folder it may write to.</source>
        <translation>Für den lokalen Broker wurde kein Ordner angegeben. Wählen Sie einen Ordner, in den er schreiben darf.</translation>
    </message>
    <message>
        <source>The path “%1” contains a line break, which mosquitto&apos;s configuration cannot hold. Choose a path without one.</source>
        <translation>Der Pfad „%1“ enthält einen Zeilenumbruch, den die Konfiguration von mosquitto nicht aufnehmen kann. Wählen Sie einen Pfad ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>broker certificate</source>
        <translation>Broker-Zertifikat</translation>
    </message>
    <message>
        <source>broker private key</source>
        <translation>privater Schlüssel des Brokers</translation>
    </message>
    <message>
        <source>No %1 was given for the broker&apos;s mutual-TLS listener.</source>
        <translation>Für den mTLS-Listener des Brokers wurde kein %1 angegeben.</translation>
    </message>
    <message>
        <source>The %1 “%2” does not exist. Delete the sandbox folder&apos;s “pki” folder to have a new one made, or check the path.</source>
        <translation>Die Datei „%2“ (%1) existiert nicht. Löschen Sie den Ordner „pki“ im Sandbox-Ordner, damit ein neuer erstellt wird, oder prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox folder “%1”. Choose a folder you may write to.</source>
        <translation>Der Sandbox-Ordner „%1“ kann nicht erstellt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>plain MQTT</source>
        <translation>unverschlüsseltes MQTT</translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation>gegenseitiges TLS</translation>
    </message>
    <message>
        <source>No free TCP port could be found on 127.0.0.1. Close some programs and try again.</source>
        <translation>Auf 127.0.0.1 wurde kein freier TCP-Port gefunden. Schließen Sie einige Programme, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>sandbox file</source>
        <translation>Sandbox-Datei</translation>
    </message>
    <message>
        <source>“pki.%1” is not a file name</source>
        <translation>„pki.%1“ ist kein Dateiname</translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate file “%1” is missing, so a new set of certificates was made. Files copied from the old set no longer work with this sandbox.</source>
        <translation>Die Zertifikatsdatei „%1“ der Sandbox fehlt, daher wurde ein neuer Satz Zertifikate erstellt. Aus dem alten Satz kopierte Dateien funktionieren mit dieser Sandbox nicht mehr.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadows could not be read (%1); the file was moved to “%2” and the sandbox starts without shadows.</source>
        <translation>Die Shadows der Sandbox konnten nicht gelesen werden (%1); die Datei wurde nach „%2“ verschoben, und die Sandbox startet ohne Shadows.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadows could not be read (%1) and the file could not be moved aside: %2</source>
        <translation>Die Shadows der Sandbox konnten nicht gelesen werden (%1), und die Datei konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot use “%1” as the sandbox folder: it cannot be created or written to. Choose a folder you may write to.</source>
        <translation>„%1“ kann nicht als Sandbox-Ordner verwendet werden: Der Ordner kann nicht erstellt oder beschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The device certificate in “%1” was made for the thing “%2”, not “%3”. It still connects; delete the sandbox folder&apos;s “pki” folder and sandbox.json to get one for “%3”.</source>
        <translation>Das Gerätezertifikat in „%1“ wurde für das Thing „%2“ erstellt, nicht für „%3“. Es verbindet sich trotzdem; löschen Sie den Ordner „pki“ im Sandbox-Ordner und sandbox.json, um eines für „%3“ zu erhalten.</translation>
    </message>
    <message>
        <source>The local broker has not run in “%1” yet, so its ports are not known. Start it first.</source>
        <translation>Der lokale Broker ist in „%1“ noch nicht gelaufen, daher sind seine Ports nicht bekannt. Starten Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>not a sandbox ports file of this version</source>
        <translation>keine Portdatei der Sandbox im Format dieser Version</translation>
    </message>
    <message>
        <source>“%1” cannot be used (%2). Start the sandbox once to write it again.</source>
        <translation>„%1“ kann nicht verwendet werden (%2). Starten Sie die Sandbox einmal, damit die Datei neu geschrieben wird.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder for the sandbox.</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner für die Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox folder “%1” is in use by another sandbox (%2, process %3). Stop that one first, or choose another folder.</source>
        <translation>Der Sandbox-Ordner „%1“ wird von einer anderen Sandbox verwendet (%2, Prozess %3). Beenden Sie diese zuerst, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot lock the sandbox folder “%1” (%2). Check that you may write to it.</source>
        <translation>Der Sandbox-Ordner „%1“ kann nicht gesperrt werden (%2). Prüfen Sie, ob Sie Schreibrechte dafür haben.</translation>
    </message>
    <message>
        <source>not a sandbox file of this version</source>
        <translation>keine Sandbox-Datei im Format dieser Version</translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate file “%1” is missing. Start the sandbox once to make a new set.</source>
        <translation>Die Zertifikatsdatei „%1“ der Sandbox fehlt. Starten Sie die Sandbox einmal, damit ein neuer Satz Zertifikate erstellt wird.</translation>
    </message>
    <message>
        <source>No local sandbox has run in “%1” yet. Start it first (the “Local sandbox” workspace in ThingBench, or thingbench-cli sandbox --dir &apos;%1&apos;).</source>
        <translation>In „%1“ ist noch keine lokale Sandbox gelaufen. Starten Sie sie zuerst (den Arbeitsbereich „Lokale Sandbox“ in ThingBench oder thingbench-cli sandbox --dir &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The policy plugin needs a registry file and a decision log, without line breaks in their paths.</source>
        <translation>Das Richtlinien-Plugin braucht eine Registry-Datei und ein Entscheidungsprotokoll, ohne Zeilenumbrüche in ihren Pfaden.</translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s console certificate (%1). Delete the sandbox folder&apos;s “pki” folder and sandbox.json to have a new set made.</source>
        <translation>Das Konsolenzertifikat der Sandbox kann nicht erstellt werden (%1). Löschen Sie den Ordner „pki“ und sandbox.json im Sandbox-Ordner, damit ein neuer Satz erstellt wird.</translation>
    </message>
    <message>
        <source>“%1” holds no certificate</source>
        <translation>„%1“ enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>The sandbox&apos;s registry “%1” cannot be used: %2. Fix or delete the file (the sandbox makes a new one), or run thingbench-cli registry to repair it.</source>
        <translation>Die Registry der Sandbox „%1“ kann nicht verwendet werden: %2. Korrigieren oder löschen Sie die Datei (die Sandbox legt eine neue an) oder reparieren Sie sie mit thingbench-cli registry.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s new certificates were registered in its registry “%1”, with their policies.</source>
        <translation>Die neuen Zertifikate der Sandbox wurden mit ihren Richtlinien in ihrer Registry „%1“ registriert.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s IAM user file “%1” could not be used (%2); it was set aside as “%3” and a new IAM user was made.</source>
        <translation>Die IAM-Benutzerdatei „%1“ der Sandbox konnte nicht verwendet werden (%2); sie wurde als „%3“ beiseitegelegt, und ein neuer IAM-Benutzer wurde angelegt.</translation>
    </message>
    <message>
        <source>it holds no keys</source>
        <translation>sie enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>the sandbox&apos;s IAM user</source>
        <translation>dem IAM-Benutzer der Sandbox</translation>
    </message>
</context>
<context>
    <name>Sandbox::AwsServices</name>
    <message>
        <source>Port %1 for MQTT over WebSocket was in use; a free one is used instead.</source>
        <translation>Port %1 für MQTT über WebSocket war belegt; stattdessen wird ein freier verwendet.</translation>
    </message>
    <message>
        <source>MQTT over WebSocket (SigV4) is not available in the sandbox: %1</source>
        <translation>MQTT über WebSocket (SigV4) ist in der Sandbox nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Port %1 for the HTTPS data plane was in use; a free one is used instead.</source>
        <translation>Port %1 für die HTTPS-Datenebene war belegt; stattdessen wird ein freier verwendet.</translation>
    </message>
    <message>
        <source>The HTTPS data plane and Greengrass discovery are not available in the sandbox: %1</source>
        <translation>Die HTTPS-Datenebene und die Greengrass-Discovery sind in der Sandbox nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>Sandbox::LocalBroker</name>
    <message>
        <source>was killed by %1 (signal %2)</source>
        <translation>wurde durch %1 beendet (Signal %2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>mosquitto did not accept connections on ports %1 and %2 within %3 s. %4</source>
        <translation>mosquitto hat innerhalb von %3 s keine Verbindungen auf den Ports %1 und %2 angenommen. %4</translation>
    </message>
    <message>
        <source>Install it with “sudo apt install mosquitto” (Debian, Ubuntu) or your system&apos;s package manager, then start the sandbox again. The rest of ThingBench works without it.</source>
        <translation>Installieren Sie es mit „sudo apt install mosquitto“ (Debian, Ubuntu) oder mit der Paketverwaltung Ihres Systems, und starten Sie dann die Sandbox erneut. Der Rest von ThingBench funktioniert auch ohne mosquitto.</translation>
    </message>
    <message>
        <source>The local sandbox needs the MQTT broker mosquitto, but “%1” is not an executable file. %2</source>
        <translation>Die lokale Sandbox benötigt den MQTT-Broker mosquitto, aber „%1“ ist keine ausführbare Datei. %2</translation>
    </message>
    <message>
        <source>The local sandbox needs the MQTT broker mosquitto, which is not installed (looked on PATH, in /usr/sbin and in /usr/local/sbin). %1</source>
        <translation>Die lokale Sandbox benötigt den MQTT-Broker mosquitto, der nicht installiert ist (gesucht in PATH, in /usr/sbin und in /usr/local/sbin). %1</translation>
    </message>
    <message>
        <source>Cannot run mosquitto (“%1”): %2. Reinstall it (sudo apt install --reinstall mosquitto) and try again.</source>
        <translation>mosquitto („%1“) kann nicht ausgeführt werden: %2. Installieren Sie es neu (sudo apt install --reinstall mosquitto), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>mosquitto %1 before it accepted connections. %2</source>
        <translation>mosquitto %1, bevor es Verbindungen angenommen hat. %2</translation>
    </message>
    <message>
        <source>mosquitto %1.</source>
        <translation>mosquitto %1.</translation>
    </message>
    <message>
        <source>mosquitto %1. Its log ended with:
%2</source>
        <translation>mosquitto %1. Sein Protokoll endete mit:
%2</translation>
    </message>
    <message>
        <source>mosquitto stopped unexpectedly %1 times within a minute, so it is not started again. The last time: %2
See %3 for more.</source>
        <translation>mosquitto wurde innerhalb einer Minute %1-mal unerwartet beendet und wird daher nicht erneut gestartet. Beim letzten Mal: %2
Mehr dazu in %3.</translation>
    </message>
    <message>
        <source>It printed:
%1</source>
        <translation>Ausgabe:
%1</translation>
    </message>
    <message>
        <source>Its log (%1) ends with:
%2</source>
        <translation>Sein Protokoll (%1) endet mit:
%2</translation>
    </message>
    <message>
        <source>It wrote nothing to its log (%1).</source>
        <translation>Es hat nichts in sein Protokoll (%1) geschrieben.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s policy plugin (thingbench_policy_plugin.so) was not found (looked at %1). Reinstall ThingBench, set THINGBENCH_POLICY_PLUGIN to the plugin&apos;s file, or start the sandbox without AWS IoT policies.</source>
        <translation>Das Richtlinien-Plugin der Sandbox (thingbench_policy_plugin.so) wurde nicht gefunden (gesucht in %1). Installieren Sie ThingBench neu, setzen Sie THINGBENCH_POLICY_PLUGIN auf die Datei des Plugins oder starten Sie die Sandbox ohne AWS-IoT-Richtlinien.</translation>
    </message>
</context>
<context>
    <name>Sandbox::SampleDevice</name>
    <message>
        <source>The sample device could not publish: %1</source>
        <translation>Das Beispielgerät konnte nicht veröffentlichen: %1</translation>
    </message>
    <message>
        <source>The sample device&apos;s connection: %1</source>
        <translation>Verbindung des Beispielgeräts: %1</translation>
    </message>
    <message>
        <source>The sample device ignores the desired state %1: its LED understands &quot;on&quot; and &quot;off&quot;.</source>
        <translation>Das Beispielgerät ignoriert den Soll-Zustand %1: Seine LED versteht &quot;on&quot; und &quot;off&quot;.</translation>
    </message>
    <message>
        <source>The shadow service rejected the sample device&apos;s report: %1</source>
        <translation>Der Shadow-Dienst hat die Meldung des Beispielgeräts abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Sandbox::Sandbox</name>
    <message>
        <source>The sandbox did not become ready within %1 s (it was %2). The broker&apos;s log may tell why: %3</source>
        <translation>Die Sandbox war nicht innerhalb von %1 s bereit (letzter Schritt: %2). Das Protokoll des Brokers nennt vielleicht den Grund: %3</translation>
    </message>
    <message>
        <source>“%1” is not a valid thing name: use 1–128 letters, digits, “:”, “_” or “-”.</source>
        <translation>„%1“ ist kein gültiger Thing-Name: Verwenden Sie 1–128 Buchstaben, Ziffern, „:“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox (%1). Free some space in %2 or choose a folder for the sandbox.</source>
        <translation>Für die Sandbox kann kein temporärer Ordner erstellt werden (%1). Geben Sie Speicherplatz in %2 frei, oder wählen Sie einen Ordner für die Sandbox.</translation>
    </message>
    <message>
        <source>preparing the certificates</source>
        <translation>Zertifikate vorbereiten</translation>
    </message>
    <message>
        <source>starting mosquitto</source>
        <translation>mosquitto starten</translation>
    </message>
    <message>
        <source>starting the shadow service</source>
        <translation>Shadow-Dienst starten</translation>
    </message>
    <message>
        <source>The shadow service cannot connect to the sandbox&apos;s broker: %1</source>
        <translation>Der Shadow-Dienst kann keine Verbindung zum Broker der Sandbox herstellen: %1</translation>
    </message>
    <message>
        <source>starting the sample device</source>
        <translation>Beispielgerät starten</translation>
    </message>
    <message>
        <source>Two of the sandbox&apos;s listeners cannot share port %1. Choose different ports, or leave them out to have free ones chosen.</source>
        <translation>Zwei Listener der Sandbox können sich Port %1 nicht teilen. Wählen Sie unterschiedliche Ports, oder lassen Sie sie weg, damit freie gewählt werden.</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxProcess</name>
    <message>
        <source>The local sandbox needs thingbench-cli, which is not installed beside ThingBench. Reinstall ThingBench, or set THINGBENCH_CLI to the thingbench-cli program.</source>
        <translation>Die lokale Sandbox benötigt thingbench-cli, das nicht neben ThingBench installiert ist. Installieren Sie ThingBench neu, oder setzen Sie die Umgebungsvariable THINGBENCH_CLI auf das Programm thingbench-cli.</translation>
    </message>
    <message>
        <source>the sandbox process crashed</source>
        <translation>der Sandbox-Prozess ist abgestürzt</translation>
    </message>
    <message>
        <source>the sandbox process ended with exit code %1</source>
        <translation>der Sandbox-Prozess wurde mit Exit-Code %1 beendet</translation>
    </message>
    <message>
        <source>%1, which runs the local sandbox, could not be started (%2). Reinstall ThingBench, or set the environment variable THINGBENCH_CLI to the thingbench-cli program.</source>
        <translation>%1, das die lokale Sandbox ausführt, konnte nicht gestartet werden (%2). Installieren Sie ThingBench neu oder setzen Sie die Umgebungsvariable THINGBENCH_CLI auf das Programm thingbench-cli.</translation>
    </message>
    <message>
        <source>The local sandbox stopped %1 times within a minute (%2); it is not restarted again. Its folder, with mosquitto.log, is %3.</source>
        <translation>Die lokale Sandbox wurde innerhalb einer Minute %1-mal beendet (%2); sie wird nicht erneut gestartet. Ihr Ordner mit mosquitto.log ist %3.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The secret is asked for when it is needed instead.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). Stattdessen wird bei Bedarf nach dem Passwort bzw. der Passphrase gefragt.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>ShadowClient</name>
    <message>
        <source>Cannot receive the answers of shadow “%1”: %2 Check that the broker&apos;s policy allows subscribing to “%3”.</source>
        <translation>Die Antworten von Shadow „%1“ können nicht empfangen werden: %2 Prüfen Sie, ob die Richtlinie des Brokers das Abonnieren von „%3“ erlaubt.</translation>
    </message>
    <message>
        <source>The %1 request was not sent: %2</source>
        <translation>Die %1-Anfrage wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Stopped following shadow “%1” before it answered.</source>
        <translation>Das Verfolgen von Shadow „%1“ wurde beendet, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>No MQTT session to send the request on.</source>
        <translation>Keine MQTT-Sitzung, über die die Anfrage gesendet werden kann.</translation>
    </message>
    <message>
        <source>Cannot receive the answers of shadow “%1”: %2</source>
        <translation>Die Antworten von Shadow „%1“ können nicht empfangen werden: %2</translation>
    </message>
    <message>
        <source>No answer from the broker to the subscriptions for shadow “%1” within %2 s, so the %3 request was not sent. Check the connection and that the policy allows subscribing to “%1/%3/accepted” and “%1/%3/rejected”.</source>
        <translation>Keine Antwort des Brokers auf die Abonnements für Shadow „%1“ innerhalb von %2 s, daher wurde die %3-Anfrage nicht gesendet. Prüfen Sie die Verbindung und ob die Richtlinie das Abonnieren von „%1/%3/accepted“ und „%1/%3/rejected“ erlaubt.</translation>
    </message>
    <message>
        <source>No answer to the %1 request on “%2” within %3 s: nothing arrived on “%2/accepted” or “%2/rejected”. Check that a shadow service runs on this broker (AWS IoT, or “thingbench-cli shadow serve”) and that the policy allows publishing to “%2” and subscribing to its answers.</source>
        <translation>Keine Antwort auf die %1-Anfrage an „%2“ innerhalb von %3 s: Auf „%2/accepted“ oder „%2/rejected“ ist nichts angekommen. Prüfen Sie, ob auf diesem Broker ein Shadow-Dienst läuft (AWS IoT oder „thingbench-cli shadow serve“) und ob die Richtlinie das Veröffentlichen auf „%2“ und das Abonnieren der Antworten erlaubt.</translation>
    </message>
</context>
<context>
    <name>ShadowDiff</name>
    <message>
        <source>The %1 state is not valid JSON. Give a JSON object, or null when the section is absent.</source>
        <translation>Der %1-Zustand ist kein gültiges JSON. Geben Sie ein JSON-Objekt an, oder null, wenn der Abschnitt fehlt.</translation>
    </message>
    <message>
        <source>The %1 state must be a JSON object (or null when the section is absent).</source>
        <translation>Der %1-Zustand muss ein JSON-Objekt sein (oder null, wenn der Abschnitt fehlt).</translation>
    </message>
</context>
<context>
    <name>ShadowDocument</name>
    <message>
        <source>This is not a shadow document: %1.</source>
        <translation>Dies ist kein Shadow-Dokument: %1.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>es ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no &quot;state&quot; object</source>
        <translation>es hat kein &quot;state&quot;-Objekt</translation>
    </message>
    <message>
        <source>&quot;desired&quot; and &quot;reported&quot; must be objects</source>
        <translation>&quot;desired&quot; und &quot;reported&quot; müssen Objekte sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a non-negative integer</source>
        <translation>&quot;version&quot; muss eine nicht negative ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>ShadowService</name>
    <message>
        <source>The shadow service cannot receive requests: %1</source>
        <translation>Der Shadow-Dienst kann keine Anfragen empfangen: %1</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <translation>„%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The shadow state was not saved: %1</source>
        <translation>Der Shadow-Zustand wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ShadowStore</name>
    <message>
        <source>The shadow state file is damaged (%1). Move it aside to start with no shadows.</source>
        <translation>Die Shadow-Zustandsdatei ist beschädigt (%1). Verschieben Sie sie an einen anderen Ort, um ohne Shadows zu beginnen.</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>kein UTF-8</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no schemaVersion</source>
        <translation>keine schemaVersion</translation>
    </message>
    <message>
        <source>The shadow state file was written by a newer ThingBench (schema version %1). Update ThingBench or use another state file.</source>
        <translation>Die Shadow-Zustandsdatei wurde von einer neueren ThingBench-Version geschrieben (Schemaversion %1). Aktualisieren Sie ThingBench, oder verwenden Sie eine andere Zustandsdatei.</translation>
    </message>
    <message>
        <source>no &quot;shadows&quot; list</source>
        <translation>keine &quot;shadows&quot;-Liste</translation>
    </message>
    <message>
        <source>shadow %1: %2</source>
        <translation>Shadow %1: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>no thing or shadow name</source>
        <translation>kein Thing- oder Shadow-Name</translation>
    </message>
    <message>
        <source>invalid thing or shadow name</source>
        <translation>ungültiger Thing- oder Shadow-Name</translation>
    </message>
    <message>
        <source>missing or wrong exists, version or deletedAt</source>
        <translation>exists, version oder deletedAt fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>state and metadata must be objects</source>
        <translation>state und metadata müssen Objekte sein</translation>
    </message>
    <message>
        <source>%1 and its metadata do not match</source>
        <translation>%1 und die zugehörigen Metadaten passen nicht zusammen</translation>
    </message>
    <message>
        <source>a deleted shadow has state</source>
        <translation>ein gelöschter Shadow hat einen Zustand</translation>
    </message>
</context>
<context>
    <name>ShadowTreeModel</name>
    <message>
        <source>→ Only desired</source>
        <translation>→ Nur Soll</translation>
    </message>
    <message>
        <source>← Only reported</source>
        <translation>← Nur Ist</translation>
    </message>
    <message>
        <source>= Equal</source>
        <translation>= Gleich</translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation>≠ Abweichend</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 · just changed</source>
        <translation>%1 · gerade geändert</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Δ in the keys below</source>
        <translation>Δ in den Schlüsseln darunter</translation>
    </message>
    <message>
        <source>—</source>
        <comment>an absent value</comment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n Schlüssel</numerusform>
            <numerusform>{…} %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n Element</numerusform>
            <numerusform>[…] %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>desired %1</source>
        <translation>Soll %1</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>Ist %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ShadowView</name>
    <message>
        <source>Shadow workbench</source>
        <translation>Shadow-Werkbank</translation>
    </message>
    <message>
        <source>&amp;Thing:</source>
        <translation>&amp;Thing:</translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <source>The thing whose shadow is shown; recent things are offered</source>
        <translation>Das Thing, dessen Shadow angezeigt wird; zuletzt verwendete Things werden angeboten</translation>
    </message>
    <message>
        <source>S&amp;hadow:</source>
        <translation>S&amp;hadow:</translation>
    </message>
    <message>
        <source>Shadow name</source>
        <translation>Shadow-Name</translation>
    </message>
    <message>
        <source>Empty for the classic shadow, or the name of a named shadow; names seen on this connection are offered</source>
        <translation>Leer für den klassischen Shadow oder der Name eines benannten Shadows; auf dieser Verbindung gesehene Namen werden angeboten</translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Gets the shadow&apos;s current document over the current connection</source>
        <translation>Ruft das aktuelle Dokument des Shadows über die aktuelle Verbindung ab</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Deletes the shadow after asking</source>
        <translation>Löscht den Shadow nach Rückfrage</translation>
    </message>
    <message>
        <source>F&amp;ollow live</source>
        <translation>Live ver&amp;folgen</translation>
    </message>
    <message>
        <source>Follows every accepted update, delta and document of the shadow as it happens</source>
        <translation>Verfolgt jede akzeptierte Aktualisierung, jedes Delta und jedes Dokument des Shadows, sobald sie eintreffen</translation>
    </message>
    <message>
        <source>Shadow state</source>
        <translation>Shadow-Zustand</translation>
    </message>
    <message>
        <source>Shadow document</source>
        <translation>Shadow-Dokument</translation>
    </message>
    <message>
        <source>Every key with its desired, reported and delta values; the status column says whether they are equal</source>
        <translation>Jeder Schlüssel mit seinen Soll- (desired), Ist- (reported) und Delta-Werten; die Spalte „Status“ zeigt, ob sie gleich sind</translation>
    </message>
    <message>
        <source>Shadow details</source>
        <translation>Shadow-Details</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>Abs&amp;chnitt:</translation>
    </message>
    <message>
        <source>Section to update</source>
        <translation>Zu aktualisierender Abschnitt</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll (desired)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Ist (reported)</translation>
    </message>
    <message>
        <source>Only if still at &amp;version</source>
        <translation>Nur wenn &amp;Version unverändert</translation>
    </message>
    <message>
        <source>Sends the version shown, so the service refuses the update (409) when someone changed the shadow meanwhile</source>
        <translation>Sendet die angezeigte Version mit, sodass der Dienst die Aktualisierung ablehnt (409), wenn jemand den Shadow inzwischen geändert hat</translation>
    </message>
    <message>
        <source>Act as &amp;device</source>
        <translation>Als &amp;Gerät agieren</translation>
    </message>
    <message>
        <source>Reports the current desired values, as a device that applied them would</source>
        <translation>Meldet die aktuellen Soll-Werte als Ist-Werte, wie es ein Gerät tun würde, das sie übernommen hat</translation>
    </message>
    <message>
        <source>Send &amp;update</source>
        <translation>Aktualisierung &amp;senden</translation>
    </message>
    <message>
        <source>Sends the JSON below as the chosen section of an update</source>
        <translation>Sendet das JSON unten als gewählten Abschnitt einer Aktualisierung</translation>
    </message>
    <message>
        <source>Update JSON</source>
        <translation>JSON der Aktualisierung</translation>
    </message>
    <message>
        <source>A JSON object with the keys to change; null deletes a key</source>
        <translation>Ein JSON-Objekt mit den zu ändernden Schlüsseln; null löscht einen Schlüssel</translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;green&quot;}  — a JSON object; null deletes a key</source>
        <translation>{&quot;color&quot;: &quot;green&quot;}  — ein JSON-Objekt; null löscht einen Schlüssel</translation>
    </message>
    <message>
        <source>JSON validation</source>
        <translation>JSON-Prüfung</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>&amp;From version:</source>
        <translation>Vo&amp;n Version:</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>T&amp;o version:</source>
        <translation>Bis Versi&amp;on:</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>Nur Än&amp;derungen</translation>
    </message>
    <message>
        <source>Versions kept</source>
        <translation>Aufbewahrte Versionen</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Änderungen zwischen den beiden Versionen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Requests and responses</source>
        <translation>Anfragen und Ant&amp;worten</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Anfragen und Antworten</translation>
    </message>
    <message>
        <source>Every request sent and every answer received, with its topic</source>
        <translation>Jede gesendete Anfrage und jede empfangene Antwort, mit ihrem Topic</translation>
    </message>
    <message>
        <source>get</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation>+ Hinzugefügt</translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation>− Entfernt</translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation>≠ Geändert</translation>
    </message>
    <message>
        <source>= Unchanged</source>
        <translation>= Unverändert</translation>
    </message>
    <message>
        <source>thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <source>(classic shadow)</source>
        <translation>(klassischer Shadow)</translation>
    </message>
    <message>
        <source>Enter the thing whose shadow you want to see.</source>
        <translation>Geben Sie das Thing ein, dessen Shadow Sie sehen möchten.</translation>
    </message>
    <message>
        <source>“%1” is not a valid thing name: use 1 to 128 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Thing-Name: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, „:“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid shadow name: use 1 to 64 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;, or leave it empty for the classic shadow.</source>
        <translation>„%1“ ist kein gültiger Shadow-Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „:“, „_“ oder „-“, oder lassen Sie ihn für den klassischen Shadow leer.</translation>
    </message>
    <message>
        <source>Not connected: connect to AWS IoT or a broker first (File → Connect), then try again.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst mit AWS IoT oder einem Broker (Datei → Verbinden), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing to report: the shadow shown has no desired state. Get the shadow, or set desired values first.</source>
        <translation>Nichts zu melden: Der angezeigte Shadow hat keinen Soll-Zustand. Rufen Sie den Shadow ab, oder legen Sie zuerst Soll-Werte fest.</translation>
    </message>
    <message>
        <source>the classic shadow</source>
        <translation>den klassischen Shadow</translation>
    </message>
    <message>
        <source>the shadow “%1”</source>
        <translation>den Shadow „%1“</translation>
    </message>
    <message>
        <source>Delete shadow</source>
        <translation>Shadow löschen</translation>
    </message>
    <message>
        <source>Delete %1 of “%2”? Its desired and reported state are lost; its version number continues after the delete.</source>
        <translation>Wirklich %1 von „%2“ löschen? Sein Soll- und Ist-Zustand gehen verloren; seine Versionsnummer wird nach dem Löschen fortgeführt.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Version conflict (409): the shadow changed after the version your update expected. It is at version %1 now, shown below. Check it, then retry your update on this version.</source>
        <translation>Versionskonflikt (409): Der Shadow hat sich nach der Version geändert, die Ihre Aktualisierung erwartet hat. Er ist jetzt bei Version %1, unten angezeigt. Prüfen Sie ihn, und wiederholen Sie dann Ihre Aktualisierung auf dieser Version.</translation>
    </message>
    <message>
        <source>&amp;Retry on version %1</source>
        <translation>&amp;Erneut auf Version %1</translation>
    </message>
    <message>
        <source>The shadow was deleted (version %1). An update creates it again.</source>
        <translation>Der Shadow wurde gelöscht (Version %1). Eine Aktualisierung erstellt ihn neu.</translation>
    </message>
    <message>
        <source>The shadow service rejected the %1 (code %2): %3 %4</source>
        <translation>Der Shadow-Dienst hat die %1 abgelehnt (Code %2): %3 %4</translation>
    </message>
    <message>
        <source>This broker is not AWS IoT: if nothing serves shadows on it, start ThingBench&apos;s local shadow service here, then get the shadow again.</source>
        <translation>Dieser Broker ist nicht AWS IoT: Wenn dort nichts Shadows bereitstellt, starten Sie hier den lokalen Shadow-Dienst von ThingBench, und rufen Sie den Shadow dann erneut ab.</translation>
    </message>
    <message>
        <source>&amp;Start local shadow service</source>
        <translation>Lokalen Shadow-Dienst sta&amp;rten</translation>
    </message>
    <message>
        <source>Fix the request: the state must be a JSON object, at most 6 levels deep.</source>
        <translation>Korrigieren Sie die Anfrage: Der Zustand muss ein JSON-Objekt mit höchstens 6 Ebenen Tiefe sein.</translation>
    </message>
    <message>
        <source>The connection is not authorized: check the certificate and the policy attached to it.</source>
        <translation>Die Verbindung ist nicht autorisiert: Prüfen Sie das Zertifikat und die daran angehängte Richtlinie.</translation>
    </message>
    <message>
        <source>The policy does not allow this shadow: allow iot:Publish and iot:Receive on its topics.</source>
        <translation>Die Richtlinie erlaubt diesen Shadow nicht: Erlauben Sie iot:Publish und iot:Receive auf seinen Topics.</translation>
    </message>
    <message>
        <source>Send an update to create the shadow.</source>
        <translation>Senden Sie eine Aktualisierung, um den Shadow zu erstellen.</translation>
    </message>
    <message>
        <source>Get the shadow and send the update again on its current version.</source>
        <translation>Rufen Sie den Shadow ab, und senden Sie die Aktualisierung erneut auf seiner aktuellen Version.</translation>
    </message>
    <message>
        <source>Make the state smaller: a shadow holds at most 8 KB of desired and reported state.</source>
        <translation>Verkleinern Sie den Zustand: Ein Shadow fasst höchstens 8 KB an Soll- und Ist-Zustand.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and retry.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service failed: retry shortly.</source>
        <translation>Der Dienst ist fehlgeschlagen: Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>Choose a thing and a shadow, then Get.</source>
        <translation>Wählen Sie ein Thing und einen Shadow, dann „Abrufen“.</translation>
    </message>
    <message>
        <source>%1: no document shown. Get the shadow, or send an update to create it.</source>
        <translation>%1: kein Dokument angezeigt. Rufen Sie den Shadow ab, oder senden Sie eine Aktualisierung, um ihn zu erstellen.</translation>
    </message>
    <message>
        <source>Classic shadow of “%1”</source>
        <translation>Klassischer Shadow von „%1“</translation>
    </message>
    <message>
        <source>Shadow “%1” of “%2”</source>
        <translation>Shadow „%1“ von „%2“</translation>
    </message>
    <message>
        <source>last update %1 (%2)</source>
        <translation>letzte Aktualisierung %1 (%2)</translation>
    </message>
    <message>
        <source>no update time</source>
        <translation>keine Aktualisierungszeit</translation>
    </message>
    <message>
        <source>no delta: reported matches desired</source>
        <translation>kein Delta: Ist entspricht Soll</translation>
    </message>
    <message>
        <source>delta pending: reported differs from desired</source>
        <translation>Delta offen: Ist weicht von Soll ab</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n key(s) just changed</source>
        <translation>
            <numerusform> · %n Schlüssel gerade geändert</numerusform>
            <numerusform> · %n Schlüssel gerade geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept</source>
        <translation>
            <numerusform>%n Version aufbewahrt</numerusform>
            <numerusform>%n Versionen aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older forgotten)</source>
        <translation>
            <numerusform> (%n ältere verworfen)</numerusform>
            <numerusform> (%n ältere verworfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>desired</source>
        <translation>desired</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The same version on both sides</source>
        <translation>Auf beiden Seiten dieselbe Version</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Type the keys to change as a JSON object, e.g. {&quot;color&quot;: &quot;green&quot;}; null deletes a key.</source>
        <translation>Geben Sie die zu ändernden Schlüssel als JSON-Objekt ein, z. B. {&quot;color&quot;: &quot;green&quot;}; null löscht einen Schlüssel.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2. Fix it to send.</source>
        <translation>Kein gültiges JSON: %1 bei Zeichen %2. Korrigieren Sie es, um zu senden.</translation>
    </message>
    <message>
        <source>Give a JSON object ({…}): a section of a shadow is an object of keys.</source>
        <translation>Geben Sie ein JSON-Objekt ({…}) an: Ein Abschnitt eines Shadows ist ein Objekt aus Schlüsseln.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object with %n key(s).</source>
        <translation>
            <numerusform>Gültiges JSON-Objekt mit %n Schlüssel.</numerusform>
            <numerusform>Gültiges JSON-Objekt mit %n Schlüsseln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set desired “%1” to null (delete it)</source>
        <translation>Soll-Wert „%1“ auf null setzen (löschen)</translation>
    </message>
    <message>
        <source>Set reported “%1” to null (delete it)</source>
        <translation>Ist-Wert „%1“ auf null setzen (löschen)</translation>
    </message>
    <message>
        <source>Copy desired value</source>
        <translation>Soll-Wert kopieren</translation>
    </message>
    <message>
        <source>Copy reported value</source>
        <translation>Ist-Wert kopieren</translation>
    </message>
    <message>
        <source>The local shadow service now answers shadow requests on this broker, as AWS IoT would (state kept in memory while ThingBench runs).</source>
        <translation>Der lokale Shadow-Dienst beantwortet jetzt Shadow-Anfragen auf diesem Broker, wie es AWS IoT tun würde (der Zustand wird im Speicher gehalten, solange ThingBench läuft).</translation>
    </message>
    <message>
        <source>The local shadow service cannot connect: %1</source>
        <translation>Der lokale Shadow-Dienst kann keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <source>Over RE&amp;ST</source>
        <translation>&amp;Über REST</translation>
    </message>
    <message>
        <source>Over REST</source>
        <translation>Über REST</translation>
    </message>
    <message>
        <source>List na&amp;med shadows</source>
        <translation>Benannte Shadows aufl&amp;isten</translation>
    </message>
    <message>
        <source>Over REST needs the connection&apos;s client certificate and key: set them in the connection settings, or uncheck “Over REST” to use MQTT.</source>
        <translation>Über REST benötigt das Client-Zertifikat und den Schlüssel der Verbindung: Legen Sie sie in den Verbindungseinstellungen fest, oder deaktivieren Sie „Über REST“, um MQTT zu verwenden.</translation>
    </message>
    <message>
        <source>Gets, updates and deletes through the Device Shadow REST API at %1 instead of MQTT; live updates keep coming over MQTT while connected.</source>
        <translation>Ruft ab, aktualisiert und löscht über die Device-Shadow-REST-API unter %1 statt über MQTT; Live-Aktualisierungen kommen weiterhin über MQTT, solange eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Shadows over REST need the connection&apos;s client certificate and key. Set them in the connection settings.</source>
        <translation>Shadows über REST benötigen das Client-Zertifikat und den Schlüssel der Verbindung. Legen Sie sie in den Verbindungseinstellungen fest.</translation>
    </message>
    <message>
        <source>Lists the thing&apos;s named shadows over REST at %1 (ListNamedShadowsForThing) and offers them in the shadow list</source>
        <translation>Listet die benannten Shadows des Things über REST unter %1 auf (ListNamedShadowsForThing) und bietet sie in der Shadow-Liste an</translation>
    </message>
    <message>
        <source>Listing named shadows over REST needs the connection&apos;s client certificate and key.</source>
        <translation>Das Auflisten benannter Shadows über REST benötigt das Client-Zertifikat und den Schlüssel der Verbindung.</translation>
    </message>
    <message>
        <source>sent over REST</source>
        <translation>über REST gesendet</translation>
    </message>
    <message>
        <source>no answer over REST</source>
        <translation>keine Antwort über REST</translation>
    </message>
    <message>
        <source>The shadow %1 over REST got no answer: %2</source>
        <translation>Die Shadow-%1 über REST hat keine Antwort erhalten: %2</translation>
    </message>
    <message>
        <source>received over REST</source>
        <translation>über REST empfangen</translation>
    </message>
    <message>
        <source>The shadow service rejected the %1 over REST: %2</source>
        <translation>Der Shadow-Dienst hat die %1 über REST abgelehnt: %2</translation>
    </message>
    <message>
        <source>Enter the thing whose named shadows you want to list.</source>
        <translation>Geben Sie das Thing ein, dessen benannte Shadows Sie auflisten möchten.</translation>
    </message>
    <message>
        <source>Listing the named shadows of “%1” over REST failed: %2</source>
        <translation>Das Auflisten der benannten Shadows von „%1“ über REST ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” has no named shadows (the classic shadow is never listed).</source>
        <translation>„%1“ hat keine benannten Shadows (der klassische Shadow wird nie aufgelistet).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n named shadow(s): %2. They are offered in the shadow list.</source>
        <translation>
            <numerusform>„%1“ hat %n benannten Shadow: %2. Er wird in der Shadow-Liste angeboten.</numerusform>
            <numerusform>„%1“ hat %n benannte Shadows: %2. Sie werden in der Shadow-Liste angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service has more than one page: only the first %n are listed.</source>
        <translation>
            <numerusform>Der Dienst hat mehr als eine Seite: Nur %n Shadow, der erste, wird aufgelistet.</numerusform>
            <numerusform>Der Dienst hat mehr als eine Seite: Nur die ersten %n werden aufgelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>e.g. devices/+/telemetry or $aws/things/my-thing/shadow/#</source>
        <translation>z. B. devices/+/telemetry oder $aws/things/my-thing/shadow/#</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>MQTT topic filter; + matches one level, # the rest</source>
        <translation>MQTT-Topic-Filter; + passt auf eine Ebene, # auf den Rest</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Subscription QoS</source>
        <translation>QoS des Abonnements</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to the filter</source>
        <translation>Filter abonnieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Diesen Bereich schließen</translation>
    </message>
    <message>
        <source>Filter check</source>
        <translation>Filterprüfung</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the message list</source>
        <translation>Nachrichtenliste anhalten</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the message list</source>
        <translation>Nachrichtenliste leeren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the messages to a file</source>
        <translation>Nachrichten in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>Auf&amp;zeichnung öffnen…</translation>
    </message>
    <message>
        <source>Open a recording in this pane</source>
        <translation>Eine Aufzeichnung in diesem Bereich öffnen</translation>
    </message>
    <message>
        <source>Shows the messages of a JSON-lines file as if they had just arrived, with their original times</source>
        <translation>Zeigt die Nachrichten einer JSON-Lines-Datei, als wären sie gerade angekommen, mit ihren ursprünglichen Zeiten</translation>
    </message>
    <message>
        <source>Follow &amp;tail</source>
        <translation>Ende &amp;verfolgen</translation>
    </message>
    <message>
        <source>Search topic and payload</source>
        <translation>Topic und Nutzdaten durchsuchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation>Rege&amp;x</translation>
    </message>
    <message>
        <source>Search with a regular expression</source>
        <translation>Mit regulärem Ausdruck suchen</translation>
    </message>
    <message>
        <source>Colo&amp;ur…</source>
        <translation>Fa&amp;rbe…</translation>
    </message>
    <message>
        <source>Pane colour</source>
        <translation>Bereichsfarbe</translation>
    </message>
    <message>
        <source>The colour marks this pane&apos;s tab; it carries no other meaning</source>
        <translation>Die Farbe markiert den Reiter dieses Bereichs; sie hat keine weitere Bedeutung</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>How many messages the pane keeps</source>
        <translation>Wie viele Nachrichten der Bereich behält</translation>
    </message>
    <message>
        <source>Older messages are evicted and counted beyond this</source>
        <translation>Darüber hinaus werden ältere Nachrichten verdrängt und gezählt</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory the pane may use for messages</source>
        <translation>Speicher, den der Bereich für Nachrichten nutzen darf</translation>
    </message>
    <message>
        <source>Pane counters</source>
        <translation>Zähler des Bereichs</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Dateifortschritt</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the export or opening</source>
        <translation>Exportieren oder Öffnen abbrechen</translation>
    </message>
    <message>
        <source>Export and opening result</source>
        <translation>Ergebnis von Exportieren oder Öffnen</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Suchproblem</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>Nutzdaten &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;topic and payload</source>
        <translation>&amp;Topic und Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Nutzdatenformat</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Sa&amp;ve payload…</source>
        <translation>Nutzdaten &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the whole payload of the selected message to a file</source>
        <translation>Die vollständigen Nutzdaten der ausgewählten Nachricht in einer Datei speichern</translation>
    </message>
    <message>
        <source>Payload of the selected message</source>
        <translation>Nutzdaten der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation>AWS IoT unterstützt QoS 2 nicht.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>retained</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>showing the first %1 bytes — “Save payload…” writes all of it</source>
        <translation>die ersten %1 Bytes werden angezeigt — „Nutzdaten speichern…“ schreibt alles</translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation>Inhaltstyp %1</translation>
    </message>
    <message>
        <source>response topic %1</source>
        <translation>Antwort-Topic %1</translation>
    </message>
    <message>
        <source>correlation data %1</source>
        <translation>Korrelationsdaten %1</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <source>Wait for the running export or opening to finish, or cancel it, then %1.</source>
        <translation>Warten Sie, bis das laufende Exportieren oder Öffnen beendet ist, oder brechen Sie es ab, um dann %1.</translation>
    </message>
    <message>
        <source>export again</source>
        <translation>erneut zu exportieren</translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation>Exportieren… %p %</translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was left as it was.</source>
        <translation>Export abgebrochen; „%1“ blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln message(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Nachricht nach „%1“ exportiert.</numerusform>
            <numerusform>%Ln Nachrichten nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were evicted by new arrivals before they could be copied.</source>
        <translation>
            <numerusform>%Ln Nachricht wurde durch neu eingetroffene verdrängt, bevor sie kopiert werden konnte.</numerusform>
            <numerusform>%Ln Nachrichten wurden durch neu eingetroffene verdrängt, bevor sie kopiert werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>open the recording</source>
        <translation>die Aufzeichnung zu öffnen</translation>
    </message>
    <message>
        <source>Opening… %p%</source>
        <translation>Öffnen… %p %</translation>
    </message>
    <message>
        <source>Opening “%1” cancelled; nothing was added.</source>
        <translation>Öffnen von „%1“ abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” holds no message ThingBench can read. %2</source>
        <translation>„%1“ enthält keine Nachricht, die ThingBench lesen kann. %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”: %Ln message(s).</source>
        <translation>
            <numerusform>„%1“ geöffnet: %Ln Nachricht.</numerusform>
            <numerusform>„%1“ geöffnet: %Ln Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening “%1” stopped: %Ln of %2 message(s) were added.</source>
        <translation>
            <numerusform>Öffnen von „%1“ angehalten: %Ln von %2 Nachrichten wurde hinzugefügt.</numerusform>
            <numerusform>Öffnen von „%1“ angehalten: %Ln von %2 Nachrichten wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Select a message first.</source>
        <translation>Wählen Sie zuerst eine Nachricht aus.</translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation>Nutzdaten speichern</translation>
    </message>
    <message>
        <source>%1 shown · %2 stored</source>
        <translation>%1 angezeigt · %2 gespeichert</translation>
    </message>
    <message>
        <source> · %1 evicted (row or memory limit)</source>
        <translation> · %1 verdrängt (Zeilen- oder Speicherlimit)</translation>
    </message>
    <message>
        <source> · %1 held while paused</source>
        <translation> · %1 während Pause zurückgehalten</translation>
    </message>
    <message>
        <source> · %1 received · %2 dropped (pane full) · %3 dropped while paused</source>
        <translation> · %1 empfangen · %2 verworfen (Bereich voll) · %3 während Pause verworfen</translation>
    </message>
    <message>
        <source> · searching… %1 %</source>
        <translation> · Suche läuft… %1 %</translation>
    </message>
    <message>
        <source>Refused by the broker</source>
        <translation>Vom Broker abgelehnt</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy withheld %1 messages from this pane, the latest on “%2”.</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat diesem Bereich %1 Nachrichten vorenthalten, die letzte auf „%2“.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy withheld a message on “%1” from this pane.</source>
        <translation>Die AWS-IoT-Richtlinie der Sandbox hat diesem Bereich eine Nachricht auf „%1“ vorenthalten.</translation>
    </message>
    <message>
        <source>&amp;Mark for comparison</source>
        <translation>Zum &amp;Vergleich markieren</translation>
    </message>
    <message>
        <source>Compare with the p&amp;revious message on the topic</source>
        <translation>Mit der &amp;vorigen Nachricht des Topics vergleichen</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Changes from the previous message on this topic</source>
        <translation>Änderungen gegenüber der vorigen Nachricht dieses Topics</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>From the marked message (%1, %2) to this one:</source>
        <translation>Von der markierten Nachricht (%1, %2) zu dieser:</translation>
    </message>
    <message>
        <source>From the previous message on this topic (%1):</source>
        <translation>Von der vorigen Nachricht dieses Topics (%1):</translation>
    </message>
    <message>
        <source>No earlier message on this topic in this pane: nothing to compare with.</source>
        <translation>Keine frühere Nachricht dieses Topics in diesem Bereich: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No earlier message on this topic within the last %1 rows.</source>
        <translation>Keine frühere Nachricht dieses Topics in den letzten %1 Zeilen.</translation>
    </message>
    <message>
        <source>Marked the message of %1 on %2: select another message to see what changed from it. “Compare with the previous message on the topic” goes back.</source>
        <translation>Die Nachricht von %1 auf %2 ist markiert: wählen Sie eine andere Nachricht, um zu sehen, was sich geändert hat. „Mit der vorigen Nachricht des Topics vergleichen“ kehrt zurück.</translation>
    </message>
</context>
<context>
    <name>TlsDiagnostics</name>
    <message>
        <source>The broker&apos;s certificate is not valid for “%1”. Connect with the host name the certificate was issued for, or fix the broker&apos;s certificate (its subjectAltName).</source>
        <translation>Das Zertifikat des Brokers ist für „%1“ nicht gültig. Verbinden Sie sich mit dem Hostnamen, für den das Zertifikat ausgestellt wurde, oder korrigieren Sie das Zertifikat des Brokers (seinen subjectAltName).</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired. Renew the broker&apos;s certificate, or check this computer&apos;s clock.</source>
        <translation>Das Zertifikat des Brokers ist abgelaufen. Erneuern Sie das Zertifikat des Brokers, oder prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Das Zertifikat des Brokers ist noch nicht gültig. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by a CA this computer trusts. Choose the CA file that signed the broker&apos;s certificate (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation>Das Zertifikat des Brokers ist nicht von einer CA signiert, der dieser Computer vertraut. Wählen Sie die CA-Datei, die das Zertifikat des Brokers signiert hat (bei AWS IoT: AmazonRootCA1.pem).</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by the CA in “%1”. Choose the CA file that signed the broker&apos;s certificate (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation>Das Zertifikat des Brokers ist nicht von der CA in „%1“ signiert. Wählen Sie die CA-Datei, die das Zertifikat des Brokers signiert hat (bei AWS IoT: AmazonRootCA1.pem).</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate was rejected: %1.</source>
        <translation>Das Zertifikat des Brokers wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The broker requires a client certificate. Choose the device certificate and its private key in the connection settings.</source>
        <translation>Der Broker verlangt ein Client-Zertifikat. Wählen Sie in den Verbindungseinstellungen das Gerätezertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The broker refused the TLS handshake; it probably requires a client certificate. Choose the device certificate and its private key.</source>
        <translation>Der Broker hat den TLS-Handshake abgelehnt; er verlangt vermutlich ein Client-Zertifikat. Wählen Sie das Gerätezertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The broker refused the TLS handshake. Check the ALPN setting (AWS IoT on port 443 needs x-amzn-mqtt-ca) and that the broker accepts this certificate.</source>
        <translation>Der Broker hat den TLS-Handshake abgelehnt. Prüfen Sie die ALPN-Einstellung (AWS IoT auf Port 443 benötigt x-amzn-mqtt-ca) und ob der Broker dieses Zertifikat akzeptiert.</translation>
    </message>
    <message>
        <source>The broker rejected the client certificate “%1”: it does not trust its issuer. Use a certificate registered with this broker (on AWS IoT: registered and active).</source>
        <translation>Der Broker hat das Client-Zertifikat „%1“ abgelehnt: Er vertraut dessen Aussteller nicht. Verwenden Sie ein bei diesem Broker registriertes Zertifikat (bei AWS IoT: registriert und aktiv).</translation>
    </message>
    <message>
        <source>The broker says the client certificate has expired. Create or renew the device certificate.</source>
        <translation>Laut Broker ist das Client-Zertifikat abgelaufen. Erstellen oder erneuern Sie das Gerätezertifikat.</translation>
    </message>
    <message>
        <source>The broker does not accept the ALPN protocol offered (%1). Remove ALPN, or use x-amzn-mqtt-ca for AWS IoT on port 443.</source>
        <translation>Der Broker akzeptiert das angebotene ALPN-Protokoll (%1) nicht. Entfernen Sie ALPN, oder verwenden Sie x-amzn-mqtt-ca für AWS IoT auf Port 443.</translation>
    </message>
    <message>
        <source>The broker host “%1” was not found. Check the spelling of the host name (for AWS IoT: the endpoint from Settings in the AWS IoT console).</source>
        <translation>Der Broker-Host „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise des Hostnamens (bei AWS IoT: der Endpunkt unter „Einstellungen“ in der AWS-IoT-Konsole).</translation>
    </message>
    <message>
        <source>No answer from %1:%2. Check the host and port, and that no firewall blocks the port.</source>
        <translation>Keine Antwort von %1:%2. Prüfen Sie Host und Port und ob eine Firewall den Port blockiert.</translation>
    </message>
    <message>
        <source>The connection to %1:%2 was refused: no broker is listening there. Check the port (1883 plain, 8883 TLS, 443 with ALPN) and that the broker is running.</source>
        <translation>Die Verbindung zu %1:%2 wurde abgelehnt: Dort lauscht kein Broker. Prüfen Sie den Port (1883 unverschlüsselt, 8883 TLS, 443 mit ALPN) und ob der Broker läuft.</translation>
    </message>
    <message>
        <source>“%1” is not a PEM certificate. Export the device certificate as PEM (-----BEGIN CERTIFICATE-----) and choose it again.</source>
        <translation>„%1“ ist kein PEM-Zertifikat. Exportieren Sie das Gerätezertifikat als PEM (-----BEGIN CERTIFICATE-----), und wählen Sie es erneut aus.</translation>
    </message>
    <message>
        <source>The private key “%1” is encrypted. Enter its passphrase.</source>
        <translation>Der private Schlüssel „%1“ ist verschlüsselt. Geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” is wrong. Enter the passphrase the key was encrypted with.</source>
        <translation>Die Passphrase für den privaten Schlüssel „%1“ ist falsch. Geben Sie die Passphrase ein, mit der der Schlüssel verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>“%1” is not a PEM private key. Choose the device&apos;s private key file (-----BEGIN … PRIVATE KEY-----).</source>
        <translation>„%1“ ist kein privater PEM-Schlüssel. Wählen Sie die Datei mit dem privaten Schlüssel des Geräts (-----BEGIN … PRIVATE KEY-----).</translation>
    </message>
    <message>
        <source>The private key “%1” does not belong to the certificate “%2”. Choose the key that was created together with this certificate.</source>
        <translation>Der private Schlüssel „%1“ gehört nicht zum Zertifikat „%2“. Wählen Sie den Schlüssel, der zusammen mit diesem Zertifikat erzeugt wurde.</translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate. Choose the CA certificate in PEM form (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat. Wählen Sie das CA-Zertifikat im PEM-Format (bei AWS IoT: AmazonRootCA1.pem).</translation>
    </message>
    <message>
        <source>The client certificate “%1” expired on %2. Create or renew the device certificate.</source>
        <translation>Das Client-Zertifikat „%1“ ist am %2 abgelaufen. Erstellen oder erneuern Sie das Gerätezertifikat.</translation>
    </message>
    <message>
        <source>The client certificate “%1” is not valid before %2. Check this computer&apos;s clock.</source>
        <translation>Das Client-Zertifikat „%1“ ist erst ab %2 gültig. Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context.</source>
        <translation>OpenSSL konnte keinen TLS-Kontext erstellen.</translation>
    </message>
    <message>
        <source>The broker at %1:%2 closed the connection during the TLS handshake. Check that this port speaks TLS (mqtts:// is usually 8883) and the ALPN setting.</source>
        <translation>Der Broker unter %1:%2 hat die Verbindung während des TLS-Handshakes geschlossen. Prüfen Sie, ob dieser Port TLS spricht (mqtts:// ist üblicherweise 8883), und die ALPN-Einstellung.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed. Check the port and the TLS settings.</source>
        <translation>Der TLS-Handshake mit %1:%2 ist fehlgeschlagen. Prüfen Sie den Port und die TLS-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>“+” must be a whole level of a filter, between slashes: use “%1”, not “%2”.</source>
        <translation>„+“ muss eine ganze Ebene eines Filters sein, zwischen Schrägstrichen: Verwenden Sie „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>“#” must be the last level of a filter, on its own: use “%1”, not “%2”.</source>
        <translation>„#“ muss für sich allein die letzte Ebene eines Filters bilden: Verwenden Sie „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>“#” must be the last level of a filter: use “%1”, not “%2”. To match exactly one level in the middle, use “+”, as in “%3”.</source>
        <translation>„#“ muss die letzte Ebene eines Filters sein: Verwenden Sie „%1“, nicht „%2“. Um genau eine Ebene in der Mitte abzudecken, verwenden Sie „+“, wie in „%3“.</translation>
    </message>
    <message>
        <source>The shared subscription “%1” has no share name. Write “$share/&lt;name&gt;/&lt;filter&gt;”, for example “$share/workers/sensors/#”.</source>
        <translation>Das geteilte Abonnement „%1“ hat keinen Share-Namen. Schreiben Sie „$share/&lt;name&gt;/&lt;filter&gt;“, zum Beispiel „$share/workers/sensors/#“.</translation>
    </message>
    <message>
        <source>The share name “%1” contains “+” or “#”, which share names may not contain. Use a plain name, for example “$share/workers/sensors/#”.</source>
        <translation>Der Share-Name „%1“ enthält „+“ oder „#“, was in Share-Namen nicht erlaubt ist. Verwenden Sie einen einfachen Namen, zum Beispiel „$share/workers/sensors/#“.</translation>
    </message>
    <message>
        <source>The shared subscription “%1” has no topic filter after the share name. Write “$share/%2/&lt;filter&gt;”, for example “$share/%2/sensors/#”.</source>
        <translation>Das geteilte Abonnement „%1“ hat nach dem Share-Namen keinen Topic-Filter. Schreiben Sie „$share/%2/&lt;filter&gt;“, zum Beispiel „$share/%2/sensors/#“.</translation>
    </message>
    <message>
        <source>The topic filter is empty. Enter a filter such as “sensors/+/temperature”, or “#” for every topic.</source>
        <translation>Der Topic-Filter ist leer. Geben Sie einen Filter wie „sensors/+/temperature“ ein, oder „#“ für alle Topics.</translation>
    </message>
    <message>
        <source>The topic filter is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it, for example by replacing levels with “+” or “#”.</source>
        <translation>Der Topic-Filter ist in UTF-8 %1 Bytes lang; MQTT erlaubt höchstens 65535. Kürzen Sie ihn, zum Beispiel indem Sie Ebenen durch „+“ oder „#“ ersetzen.</translation>
    </message>
    <message>
        <source>The topic filter contains a null character (U+0000) at position %1, which MQTT does not allow. Remove it.</source>
        <translation>Der Topic-Filter enthält an Position %1 ein Nullzeichen (U+0000), das MQTT nicht erlaubt. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The topic is empty. Enter a topic such as “sensors/kitchen/temperature”.</source>
        <translation>Das Topic ist leer. Geben Sie ein Topic wie „sensors/kitchen/temperature“ ein.</translation>
    </message>
    <message>
        <source>The topic is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it.</source>
        <translation>Das Topic ist in UTF-8 %1 Bytes lang; MQTT erlaubt höchstens 65535. Kürzen Sie es.</translation>
    </message>
    <message>
        <source>The topic contains a null character (U+0000) at position %1, which MQTT does not allow. Remove it.</source>
        <translation>Das Topic enthält an Position %1 ein Nullzeichen (U+0000), das MQTT nicht erlaubt. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The topic “%1” contains “%2”: wildcards are only allowed in subscriptions, not in the topic you publish to. Replace “%2” with a concrete level name.</source>
        <translation>Das Topic „%1“ enthält „%2“: Wildcards sind nur in Abonnements erlaubt, nicht in dem Topic, auf dem Sie veröffentlichen. Ersetzen Sie „%2“ durch einen konkreten Ebenennamen.</translation>
    </message>
</context>
<context>
    <name>TopicLint</name>
    <message>
        <source>Starts with “/”: that makes an empty first level, a different topic from the one without it. AWS recommends no leading slash.</source>
        <translation>Beginnt mit „/“: Das erzeugt eine leere erste Ebene, also ein anderes Topic als ohne Schrägstrich. AWS empfiehlt, keinen führenden Schrägstrich zu verwenden.</translation>
    </message>
    <message>
        <source>Contains a space: valid MQTT, but easy to mistype in code and rules. Use “-” or “_”.</source>
        <translation>Enthält ein Leerzeichen: gültiges MQTT, aber in Code und Regeln leicht falsch einzugeben. Verwenden Sie „-“ oder „_“.</translation>
    </message>
    <message>
        <source>Contains characters outside ASCII: AWS IoT rules and policies handle them poorly. Prefer ASCII letters, digits, “-” and “_”.</source>
        <translation>Enthält Zeichen außerhalb von ASCII: AWS-IoT-Regeln und -Richtlinien gehen schlecht damit um. Verwenden Sie besser ASCII-Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Does not contain the thing name “%1”. AWS recommends a thing name in every device topic, so policies can restrict each device to its own topics.</source>
        <translation>Enthält den Thing-Namen „%1“ nicht. AWS empfiehlt einen Thing-Namen in jedem Geräte-Topic, damit Richtlinien jedes Gerät auf seine eigenen Topics beschränken können.</translation>
    </message>
    <message>
        <source>“$aws/” topics are reserved by AWS IoT; publishing here is refused unless it is a shadow, job, provisioning or rules topic.</source>
        <translation>„$aws/“-Topics sind für AWS IoT reserviert; das Veröffentlichen hier wird abgelehnt, außer bei Shadow-, Job-, Provisioning- oder Regel-Topics.</translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2; it will refuse this. Use QoS 1.</source>
        <translation>AWS IoT unterstützt QoS 2 nicht und wird dies ablehnen. Verwenden Sie QoS 1.</translation>
    </message>
    <message>
        <source>AWS IoT has no “$SYS” topics; nothing will arrive here.</source>
        <translation>AWS IoT hat keine „$SYS“-Topics; hier wird nichts ankommen.</translation>
    </message>
    <message>
        <source>Has %1 “/”: AWS IoT allows at most %2 in a topic. Flatten it.</source>
        <translation>Enthält %1-mal „/“: AWS IoT erlaubt höchstens %2 in einem Topic. Verringern Sie die Anzahl der Ebenen.</translation>
    </message>
    <message>
        <source>The payload is %1 bytes: AWS IoT refuses messages over 128 KB (131072 bytes).</source>
        <translation>Die Nutzdaten sind %1 Bytes groß: AWS IoT lehnt Nachrichten über 128 KB (131072 Bytes) ab.</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>retained, %1 s</source>
        <translation>gespeichert, %1 s</translation>
    </message>
    <message>
        <source>retained, %1 min</source>
        <translation>gespeichert, %1 min</translation>
    </message>
    <message>
        <source>retained, %1 h</source>
        <translation>gespeichert, %1 h</translation>
    </message>
    <message>
        <source>(empty level)</source>
        <translation>(leere Ebene)</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 darunter</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation>Rate (Nachr./s)</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Last payload</source>
        <translation>Letzte Nutzdaten</translation>
    </message>
</context>
<context>
    <name>TopicTreePane</name>
    <message>
        <source>Topic tree</source>
        <translation>Themenbaum</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Topic filter of the tree</source>
        <translation>Topic-Filter des Baums</translation>
    </message>
    <message>
        <source>Every topic under this filter is shown. # does not match topics starting with $: add a tree on $aws/# for those.</source>
        <translation>Jedes Topic unter diesem Filter wird gezeigt. # passt nicht auf Topics, die mit $ beginnen: fügen Sie dafür einen Baum auf $aws/# hinzu.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Subscribe the tree</source>
        <translation>Baum abonnieren</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>part of a topic</source>
        <translation>Teil eines Topics</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Topics suchen</translation>
    </message>
    <message>
        <source>Topic &amp;cap:</source>
        <translation>Topic-&amp;Grenze:</translation>
    </message>
    <message>
        <source>Most topics kept</source>
        <translation>Höchstens behaltene Topics</translation>
    </message>
    <message>
        <source>Beyond this many topics the one updated longest ago is evicted (and counted)</source>
        <translation>Über so vielen Topics wird das am längsten nicht aktualisierte entfernt (und gezählt)</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Alle auf&amp;klappen</translation>
    </message>
    <message>
        <source>Expand all levels</source>
        <translation>Alle Ebenen aufklappen</translation>
    </message>
    <message>
        <source>Colla&amp;pse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Collapse all levels</source>
        <translation>Alle Ebenen zuklappen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the tree</source>
        <translation>Baum leeren</translation>
    </message>
    <message>
        <source>Forgets every topic shown (nothing changes on the broker)</source>
        <translation>Vergisst alle gezeigten Topics (auf dem Broker ändert sich nichts)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the topic tree</source>
        <translation>Themenbaum schließen</translation>
    </message>
    <message>
        <source>Topics, messages and evictions of the tree</source>
        <translation>Topics, Nachrichten und Entfernungen des Baums</translation>
    </message>
    <message>
        <source>What the tree or the broker said</source>
        <translation>Was der Baum oder der Broker meldet</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Select a topic to see its last message and its history.</source>
        <translation>Wählen Sie ein Topic, um seine letzte Nachricht und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The selected topic</source>
        <translation>Das gewählte Topic</translation>
    </message>
    <message>
        <source>Last message of the selected topic</source>
        <translation>Letzte Nachricht des gewählten Topics</translation>
    </message>
    <message>
        <source>H&amp;istory (newest first; select two to compare them):</source>
        <translation>&amp;Verlauf (neueste zuerst; zwei wählen, um sie zu vergleichen):</translation>
    </message>
    <message>
        <source>History of the selected topic</source>
        <translation>Verlauf des gewählten Topics</translation>
    </message>
    <message>
        <source>Difference with the previous message</source>
        <translation>Unterschied zur vorigen Nachricht</translation>
    </message>
    <message>
        <source>Select a topic: what changed from its previous message shows here.</source>
        <translation>Wählen Sie ein Topic: was sich gegenüber seiner vorigen Nachricht geändert hat, steht hier.</translation>
    </message>
    <message>
        <source>The filter “%1” is not valid: %2</source>
        <translation>Der Filter „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Un&amp;subscribe</source>
        <translation>Abo &amp;beenden</translation>
    </message>
    <message>
        <source>Unsubscribe the tree</source>
        <translation>Abo des Baums beenden</translation>
    </message>
    <message>
        <source>The broker refused the tree&apos;s subscription: %1</source>
        <translation>Der Broker hat das Abo des Baums abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 topics, %2 messages</source>
        <translation>%1 Topics, %2 Nachrichten</translation>
    </message>
    <message>
        <source>, %1 topics evicted over the cap of %2</source>
        <translation>, %1 Topics über der Grenze von %2 entfernt</translation>
    </message>
    <message>
        <source>%1: no message on this topic itself; %2 below it.</source>
        <translation>%1: keine Nachricht auf diesem Topic selbst; %2 darunter.</translation>
    </message>
    <message>
        <source>No message on this topic itself.</source>
        <translation>Keine Nachricht auf diesem Topic selbst.</translation>
    </message>
    <message>
        <source>%1: %2 messages; the last at %3, QoS %4, %5 bytes%6</source>
        <translation>%1: %2 Nachrichten; die letzte um %3, QoS %4, %5 Bytes%6</translation>
    </message>
    <message>
        <source>; holds a retained message</source>
        <translation>; hat eine gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>%1 · %2 bytes · %3</source>
        <translation>%1 · %2 Bytes · %3</translation>
    </message>
    <message>
        <source>Only one message on this topic so far: nothing to compare it with.</source>
        <translation>Bisher nur eine Nachricht auf diesem Topic: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>From the message of %1 to the next one (%2):</source>
        <translation>Von der Nachricht von %1 zur nächsten (%2):</translation>
    </message>
    <message>
        <source>From the message of %1 to the one of %2:</source>
        <translation>Von der Nachricht von %1 zu der von %2:</translation>
    </message>
    <message>
        <source>The oldest kept message: nothing before it to compare with.</source>
        <translation>Die älteste behaltene Nachricht: nichts davor zum Vergleichen.</translation>
    </message>
    <message>
        <source>Open a pane on %1</source>
        <translation>Bereich auf %1 öffnen</translation>
    </message>
    <message>
        <source>Open a pane on this topic only</source>
        <translation>Bereich nur auf diesem Topic öffnen</translation>
    </message>
    <message>
        <source>Clear %1 retained messages below here…</source>
        <translation>%1 gespeicherte Nachrichten hierunter löschen…</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>No retained message below here: nothing to clear.</source>
        <translation>Keine gespeicherte Nachricht hierunter: nichts zu löschen.</translation>
    </message>
    <message>
        <source>the whole tree</source>
        <translation>dem ganzen Baum</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>Gespeicherte Nachrichten löschen</translation>
    </message>
    <message>
        <source>Clear the %1 retained messages at and below %2 on the broker? Each topic gets an empty retained message, which removes it for every client. This cannot be undone.</source>
        <translation>Die %1 gespeicherten Nachrichten auf und unter %2 auf dem Broker löschen? Jedes Topic erhält eine leere gespeicherte Nachricht, die sie für alle Clients entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Clearing %1 retained messages below %2…</source>
        <translation>%1 gespeicherte Nachrichten unter %2 werden gelöscht…</translation>
    </message>
    <message>
        <source>Cleared %1 retained messages.</source>
        <translation>%1 gespeicherte Nachrichten gelöscht.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist nicht true oder false</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is not a list of texts</source>
        <translation>%1 ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>%1 is not base64 text</source>
        <translation>%1 ist kein Base64-Text</translation>
    </message>
    <message>
        <source>%1 is not a file reference ({&quot;path&quot;: …})</source>
        <translation>%1 ist kein Dateiverweis ({&quot;path&quot;: …})</translation>
    </message>
    <message>
        <source>%1 is not 64 lower-case hex digits</source>
        <translation>%1 besteht nicht aus 64 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1 has both “payload” and “payload_base64”: keep one</source>
        <translation>%1 hat sowohl „payload“ als auch „payload_base64“: Behalten Sie nur eines</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a colour like #3366cc</source>
        <translation>%1 ist keine Farbe wie #3366cc</translation>
    </message>
    <message>
        <source>%1 is not a list of sizes</source>
        <translation>%1 ist keine Liste von Größen</translation>
    </message>
</context>
<context>
    <name>WorkspaceBar</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>A&amp;rbeitsbereich:</translation>
    </message>
    <message>
        <source>The workspace in use: its connection, panes, templates and shadows are saved as you work</source>
        <translation>Der verwendete Arbeitsbereich: Verbindung, Bereiche, Vorlagen und Shadows werden während der Arbeit gespeichert</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Manage workspaces</source>
        <translation>Arbeitsbereiche verwalten</translation>
    </message>
    <message>
        <source>New, rename, duplicate, delete, import and export workspaces</source>
        <translation>Arbeitsbereiche anlegen, umbenennen, duplizieren, löschen, importieren und exportieren</translation>
    </message>
    <message>
        <source>Whether the workspace is saved</source>
        <translation>Ob der Arbeitsbereich gespeichert ist</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Duplicate workspace</source>
        <translation>Arbeitsbereich duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Import a workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Arbeitsbereiche (*.json)</translation>
    </message>
    <message>
        <source>The local sandbox: a mosquitto broker on this computer with a sample device. Everything works offline; nothing leaves this machine.</source>
        <translation>Die lokale Sandbox: ein mosquitto-Broker auf diesem Computer mit einem Beispielgerät. Alles funktioniert offline; nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Turn the sample LED on (shadow)</source>
        <translation>Beispiel-LED einschalten (Shadow)</translation>
    </message>
    <message>
        <source>Turn the sample LED off (shadow)</source>
        <translation>Beispiel-LED ausschalten (Shadow)</translation>
    </message>
    <message>
        <source>%1 — ThingBench</source>
        <translation>%1 — ThingBench</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Workspace “%1” created.</source>
        <translation>Arbeitsbereich „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Workspace “%1” is now “%2”.</source>
        <translation>Arbeitsbereich „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation>„%1“ ist eine Kopie von „%2“.</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete the workspace “%1”? Its panes, templates and settings go with it (you can undo this until you close ThingBench).</source>
        <translation>Den Arbeitsbereich „%1“ löschen? Seine Bereiche, Vorlagen und Einstellungen werden mit gelöscht (rückgängig machen können Sie das, bis Sie ThingBench schließen).</translation>
    </message>
    <message>
        <source>Workspace “%1” deleted.</source>
        <translation>Arbeitsbereich „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Workspace “%1” is back.</source>
        <translation>Arbeitsbereich „%1“ ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>„%1“ aus %2 importiert.</translation>
    </message>
    <message>
        <source>Export workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ exportieren</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Put the CA and the client certificate inside the exported file, so it works on another computer?</source>
        <translation>CA und Client-Zertifikat in die exportierte Datei aufnehmen, damit sie auf einem anderen Computer funktioniert?</translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation>Privaten Schlüssel exportieren?</translation>
    </message>
    <message>
        <source>Also put the PRIVATE KEY inside the file? Anyone with the file can then connect as this device. Only do this for a file you keep safe (it is written readable by you alone).</source>
        <translation>Auch den PRIVATEN SCHLÜSSEL in die Datei aufnehmen? Jeder, der die Datei hat, kann sich dann als dieses Gerät verbinden. Tun Sie das nur für eine Datei, die Sie sicher aufbewahren (sie wird nur für Sie lesbar geschrieben).</translation>
    </message>
    <message>
        <source>Workspace “%1” exported to %2.</source>
        <translation>Arbeitsbereich „%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>(starting the local sandbox…)</source>
        <translation>(lokale Sandbox wird gestartet…)</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly and was restarted (%1). The connection and its subscriptions are restored.</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet und neu gestartet (%1). Die Verbindung und ihre Abonnements sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Local sandbox: %1</source>
        <translation>Lokale Sandbox: %1</translation>
    </message>
    <message>
        <source>The local sandbox restarts to apply its new settings…</source>
        <translation>Die lokale Sandbox startet neu, um ihre neuen Einstellungen anzuwenden…</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>workspace “%1”</source>
        <translation>Arbeitsbereich „%1“</translation>
    </message>
    <message>
        <source>“%1” could not be moved to “%2”: check the folder&apos;s permissions and free space.</source>
        <translation>„%1“ konnte nicht nach „%2“ verschoben werden: Prüfen Sie die Zugriffsrechte des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1”: a workspace name cannot start or end with a space.</source>
        <translation>„%1“: Der Name eines Arbeitsbereichs darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain control characters (tabs, line breaks).</source>
        <translation>Der Name eines Arbeitsbereichs darf keine Steuerzeichen (Tabulatoren, Zeilenumbrüche) enthalten.</translation>
    </message>
    <message>
        <source>There is no workspace “%1” (no file %2).</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“ (keine Datei %2).</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by an older ThingBench (schema %2); it was brought up to date and will be saved in the new form (the old file is kept as its backup).</source>
        <translation>Der Arbeitsbereich „%1“ wurde von einer älteren ThingBench-Version geschrieben (Schema %2); er wurde aktualisiert und wird im neuen Format gespeichert (die alte Datei bleibt als Sicherung erhalten).</translation>
    </message>
    <message>
        <source>Its previous version (the backup “%1”) was good and is used instead.</source>
        <translation>Die vorherige Version (die Sicherung „%1“) war in Ordnung und wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>The workspaces folder “%1” cannot be created.</source>
        <translation>Der Ordner für Arbeitsbereiche „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>There is already a workspace “%1”: choose another name.</source>
        <translation>Es gibt bereits einen Arbeitsbereich „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no workspace “%1”.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A workspace “%1” was created since; rename it first, then undo the delete.</source>
        <translation>Inzwischen wurde ein Arbeitsbereich „%1“ erstellt; benennen Sie ihn zuerst um, und machen Sie dann das Löschen rückgängig.</translation>
    </message>
    <message>
        <source>workspace state file</source>
        <translation>Zustandsdatei der Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 cannot be embedded: %2</source>
        <translation>%1 kann nicht eingebettet werden: %2</translation>
    </message>
    <message>
        <source>The embedded %1 has no file name or its content is not base64.</source>
        <translation>Die eingebettete Datei %1 hat keinen Dateinamen, oder ihr Inhalt ist kein Base64.</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>die Datei ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>it was written by a newer ThingBench (schema %1; this one reads up to %2)</source>
        <translation>die Datei wurde von einer neueren ThingBench-Version geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>it has no valid “schemaVersion”</source>
        <translation>die Datei hat keine gültige „schemaVersion“</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation>„%1“ kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Imported workspace</source>
        <translation>Importierter Arbeitsbereich</translation>
    </message>
</context>
</TS>
