<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>assumes the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs in with IAM Identity Center (SSO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs a credential process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a web identity token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no aws_access_key_id and aws_secret_access_key. Add them (aws configure --profile %1) or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” %2, which ThingBench does not do itself. Export temporary keys with “aws configure export-credentials --profile %1 --format env” and use them from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set (%1) but AWS_SECRET_ACCESS_KEY is not. Set both, or unset AWS_ACCESS_KEY_ID to use a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not. Set both, or unset AWS_SECRET_ACCESS_KEY to use a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AWS credentials file found (looked for “%1” and “%2”). Run “aws configure”, set AWS_SHARED_CREDENTIALS_FILE, or give the keys in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” not found: the AWS shared files define no profiles. Run “aws configure --profile %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” not found. Profiles that exist: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has aws_access_key_id %2 but no aws_secret_access_key. Add the secret that belongs to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has an aws_secret_access_key but no aws_access_key_id. Add the key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access key ID given. Give the AWS access key ID (it starts with AKIA or ASIA), or a profile that has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID “%1” contains a slash or spaces. Copy it again from the IAM console or your credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret access key given for access key ID “%1”. Give the secret that belongs to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid region given. Use the region of the endpoint, e.g. eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid service name given. AWS IoT&apos;s WebSocket endpoint uses iotdevicegateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid host given. Give the endpoint exactly as the Host header will be sent, e.g. abc-ats.iot.eu-west-1.amazonaws.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” must start with / and have no query, e.g. /mqtt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid signing time given. Use the current UTC time (YYYYMMDDTHHMMSSZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Amz-Expires must be from 1 to %1 seconds. AWS IoT ends a WebSocket URL about 15 minutes after signing whatever it says, so it can usually be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed URL is older than the server accepts (15 minutes): this computer&apos;s clock is behind the server&apos;s, or the URL was signed too long ago. Set the clock automatically (NTP) and connect again; ThingBench signs a fresh URL for every attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed URL is dated more than 15 minutes in the server&apos;s future: this computer&apos;s clock is ahead. Set the clock automatically (NTP) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s X-Amz-Expires time has passed. Sign a new URL just before connecting, or leave X-Amz-Expires out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match. Check that the secret access key belongs to the access key ID; sign exactly the Host header the client sends (Paho sends the port too: endpoint:443); and do not sign the session token: X-Amz-Security-Token goes after X-Amz-Signature, outside the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are not accepted: the access key ID is unknown, or the session token is wrong or has expired. Refresh the temporary credentials (for example with “aws configure export-credentials”) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential scope is wrong: sign for the endpoint&apos;s own region (eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com) and the service iotdevicegateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL lacks SigV4 parameters or has malformed ones. Sign it again with ThingBench (or thingbench-cli sigv4 presign) instead of editing it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the WebSocket connection (403 Forbidden). Check the credentials and that their IAM policy allows iot:Connect for this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade with HTTP status %1. Check the URL&apos;s host, port and path (/mqtt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said (%1): “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set in the environment ThingBench was started from. Set them (and AWS_SESSION_TOKEN for temporary credentials) and start ThingBench again, or choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID (it starts with AKIA, or ASIA for temporary credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key that belongs to access key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is known for %1: enter the endpoint&apos;s region (e.g. eu-west-1) in the sign-in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key %1 from %2, but no region: enter the endpoint&apos;s region (e.g. eu-west-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key %1 from %2, region %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key %1 from %2, region %3; a session token is included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws</name>
    <message>
        <source>Cannot use the private key “%1”: it is not an RSA or EC key in PEM, or its passphrase is wrong. Check the file and the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate. Give the CA certificate in PEM (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate “%1” holds no PEM certificate. Give the device certificate in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery response is not usable: %1. Check that the endpoint is AWS IoT Greengrass discovery (greengrass-ats.iot.&lt;region&gt;.amazonaws.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of “%1” in %2 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“PortNumber” in %1 is not a port number (1–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, connectivity entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, core %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“CAs” in %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of “CAs” in %1 is not a PEM string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request as invalid: check the topic (no wildcards), qos (0 or 1) and the MQTT 5 properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not authenticate the request: use the device certificate and key registered in AWS IoT, on the iot:Data-ATS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service found nothing at this address: check the endpoint and the name in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not allow this method here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is too large: AWS IoT accepts at most 128 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the account&apos;s rate limit was hit. Wait and retry with back-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is unavailable right now. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed internally. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s policies do not allow this (%1): attach a policy that allows the action on this resource (to publish: iot:Publish, and iot:RetainPublish for a retained message; to read retained messages: iot:ListRetainedMessages on *, iot:GetRetainedMessage on the topic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::DiscoveryResponse</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::GreengrassCoreFinder</name>
    <message>
        <source>Enter the discovery endpoint as host:port, e.g. greengrass-ats.iot.eu-west-1.amazonaws.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greengrass discovery needs the thing name and its certificate and private key: enter them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::GreengrassDiscovery</name>
    <message>
        <source>Discovery refused%1: the certificate&apos;s policy does not allow greengrass:Discover on the thing “%2”. Attach a policy that allows greengrass:Discover on arn:aws:iot:&lt;region&gt;:&lt;account&gt;:thing/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No core for “%1”%2: the thing is not associated with a Greengrass core, or the core has no broker endpoint or client-device-auth. Associate the client device with the core and deploy the MQTT broker and client device auth components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery refused the request as invalid%1: check the thing name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery is throttled%1: wait and retry with back-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed with HTTP %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery response lists no core endpoint to connect to. Check the core&apos;s connectivity information (aws greengrassv2 get-connectivity-info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 core endpoints accepted the connection. Check that the core runs, that this device can reach it, and that the thing is associated with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the group&apos;s CA certificates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the group&apos;s CA certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::HttpsClient</name>
    <message>
        <source>%1 did not answer within %2 s. Check the endpoint and port (AWS IoT: 8443, or 443 with ALPN x-amzn-http-ca) and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key was given without its certificate: give the client certificate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate was given without its private key: give the key too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint: give a host name and a port (AWS IoT: 8443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes; it was not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a header of over 64 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP. Check that the port is an HTTPS port (AWS IoT: 8443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed chunked body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check the port, the client certificate and ALPN (port 443 needs x-amzn-http-ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without a reply. AWS IoT does this when the client certificate is not registered, not ACTIVE, or has no policy or thing attached: check the certificate&apos;s status and attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the endpoint and port (AWS IoT: 8443, or 443 with ALPN x-amzn-http-ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host “%1” was not found. Check the endpoint (AWS IoT: &lt;prefix&gt;-ats.iot.&lt;region&gt;.amazonaws.com, see aws iot describe-endpoint --endpoint-type iot:Data-ATS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check the CA file (it must have issued the server&apos;s certificate), the host name, and that the server accepts your client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::IotHttpClient</name>
    <message>
        <source>400 Bad request: the shadow document is invalid (JSON, a &quot;state&quot; object with only &quot;desired&quot; and &quot;reported&quot;, at most 6 levels, a clientToken of at most 64 bytes). Fix the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden: the certificate&apos;s policies do not allow this shadow action (iot:GetThingShadow, iot:UpdateThingShadow or iot:DeleteThingShadow on the thing&apos;s ARN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404 No shadow exists with name: &apos;%1&apos;. Create it with an update first, or check the thing and shadow names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>409 Version conflict: the shadow changed since the version you sent. Get it again and retry with the new version (or send no version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>413 The payload exceeds the maximum size allowed: the shadow state is limited to 8 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>415 Unsupported documented encoding; supported encoding is UTF-8. Send the document as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 Too many requests: more than 10 shadow requests were in flight. Wait and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::LocalDataPlaneWorker</name>
    <message>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responseTopic must not contain the wildcards + or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageExpiry must be a number of seconds (0 to 4294967295).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-amz-mqtt5-user-properties must be base64 of a JSON array of one-key objects with string values, e.g. [{&quot;deviceName&quot;:&quot;alpha&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-amz-mqtt5-payload-format-indicator must be UTF8_DATA or UNSPECIFIED_BYTES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-amz-mqtt5-correlation-data must be base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic must be 1–256 bytes of UTF-8 without the wildcards + or # (percent-encode #, +, ? and %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos must be 0 or 1 (AWS IoT has no QoS 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane is not connected to the sandbox broker yet. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid thing or shadow name: 1–128 (shadow: 1–64) of [a-zA-Z0-9:_-].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET, POST or DELETE on a shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List named shadows with GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a valid thing name and a pageSize of 1–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextToken is not a token this service gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover with GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane&apos;s certificate, key or CA is not usable PEM (an unencrypted key is needed). Check the sandbox&apos;s PKI files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS data plane cannot listen on 127.0.0.1:%1: %2. Choose another port (0 = any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox broker did not take the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS data plane cannot reach the sandbox broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadow service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive whole in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s header is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not chunked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is larger than %1 bytes, AWS IoT&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query string has a bad percent escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read retained messages with GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give maxResults of 1–200 and a nextToken this service gave (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic must be 1–256 bytes of UTF-8 without the wildcards + or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retained message on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::RetainedIndex</name>
    <message>
        <source>The sandbox broker did not answer the retained-message index within %1 s. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox broker refused the subscription to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retained-message index cannot reach the sandbox broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::WebSocketGate</name>
    <message>
        <source>The WebSocket gate cannot read its certificate “%1” (PEM). Check the sandbox&apos;s PKI folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket gate cannot read its private key “%1” (unencrypted PEM, EC or RSA). Check the sandbox&apos;s PKI folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket gate needs the broker&apos;s port, a buffer of at least 1 KB and room for one connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket gate cannot listen on 127.0.0.1:%1 (%2). Choose another port, or 0 for a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket gate is already running on port %1. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsSecretsDialog</name>
    <message>
        <source>AWS secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS credentials for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until ThingBench closes, never on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials; used for this connect, never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key of %1, and its session token for temporary credentials. Kept in memory until ThingBench closes, never on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current session token of %1 (session tokens expire, so it is asked for at each connect and never kept). Leave it empty for long-term credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with these credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsSignInBox</name>
    <message>
        <source>Sign in with AWS IAM credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the AWS access key comes from: the environment ThingBench was started from, a profile of the AWS shared files, or typed in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile of ~/.aws/credentials or ~/.aws/config; empty means AWS_PROFILE, else “default”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.aws/credentials (or AWS_SHARED_CREDENTIALS_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared-credentials file to read instead of the usual one, e.g. the local sandbox’s; empty for the usual one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKIA… or ASIA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials; kept in the system keychain, never in the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region the endpoint is in; empty: read from the endpoint, else from the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sign-in will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the AWS credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the session token at each connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session tokens expire: ThingBench asks for the current one at each connect and never keeps it, not even in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertChain</name>
    <message>
        <source>(no CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the CA that issued it (and any intermediate certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected CA did not sign it: select the CA that did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the expired certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device clock, or wait until the certificate becomes valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is self-signed: select it as the CA too if you mean to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the chain is not a CA (basicConstraints): it cannot sign others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate and the CA to check it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be prepared for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not verify: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateListModel</name>
    <message>
        <source>✖ Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificate chain (%n certificate(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ Expired %1 (%n day(s) ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Expires %1 (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %1 (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ID prefix matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID prefix does NOT match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateManager</name>
    <message>
        <source>Certificate manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads PEM or DER certificates and keys; you can also drop files or folders anywhere on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every certificate and key in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected files from the list (nothing is deleted on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops reading the files still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the selected matching certificate, key and CA into the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PEM or DER files, or whole folders, anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per file: kind, subject, AWS certificate ID, expiry, AWS file-name hint and problems; select several to check them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses the text: picks the macro or array name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro or array name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact bytes that Copy and Save write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the exact bytes shown to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the exact bytes shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws_clientcredential_&amp;keys.h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the FreeRTOS header from the selected matching certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports every selected file in the chosen format into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from the content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificates and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every certificate and key in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were read before Cancel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 files of the folder were read: drop a smaller folder to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key match: select a certificate and a private key to see whether they belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key match: “%1” is encrypted. Press Enter on its row (or double-click it) to give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key match: cannot tell (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Key match: “%1” is the private key of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Key mismatch: “%1” is NOT the private key of “%2”: it belongs to another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: select a certificate and the CA to verify it against (for example the CA you registered with AWS IoT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS certificate ID (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA: %1, self-signed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by its fingerprint: %1, a root CA of AWS IoT endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview its export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was refused, so it cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as Copy and Save write them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key in a git work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is inside the git work tree “%2”. A private key committed there is exposed to everyone with the repository. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the key in git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to “%2/.gitignore” so that git never commits it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the device certificate and its private key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build aws_clientcredential_keys.h [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>aws_clientcredential_keys.h: %n byte(s). It holds the private key: keep it out of version control.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the selected files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused when read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) into “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are set for the next connection (CA unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate, key and CA are set for the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of “%1” (used to read it now, never stored):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certs</name>
    <message>
        <source>A header line of the key holds characters that cannot go into a C string literal. Remove the extra PEM headers, or re-export the key with openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is PKCS#8 encrypted with AES (%1). Mbed TLS 2.28, which FreeRTOS, ModusToolbox and ESP-IDF builds use, rejects such keys (-0x2e80, algorithm not available). Re-encrypt it with 3DES (openssl pkcs8 -topk8 -v2 des3 -in KEY -out KEY-3des.pem), use a legacy encrypted key (openssl pkey -aes256 -traditional), or export the unencrypted key if the device keeps it in secure storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds certificates and keys together (or several keys). Export each from a file of its own, so a private key never ends up in a certificate string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 needs %2, but the file holds a %3. Choose the right file or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a C identifier. Use letters, digits and “_”, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format has no name for the role %2. Give one with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 format needs a name for a public key. Give one with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains the raw-string end “)%1&quot;”; it cannot be an Arduino raw string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c-array holds one certificate&apos;s DER, but the file is a chain of %1. Export each certificate from its own file, or use a PEM string format for the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy encrypted key (Proc-Type/DEK-Info) has no DER form. Use a PEM string format, or convert it with “openssl pkcs8 -topk8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds certificates and keys together. Give the certificate alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a certificate. Give the device certificate with --cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a private key file. Give the device&apos;s private key with --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” does not belong to the certificate “%2”: their public keys differ (SPKI SHA-256 %3 vs %4). Choose the key created with this certificate (for AWS IoT, the …-private.pem.key downloaded with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stays encrypted in the header. FreeRTOS&apos;s key provisioning parses keyCLIENT_PRIVATE_KEY_PEM without a passphrase, so the device will reject it; export the decrypted key (openssl pkey -in KEY -out KEY-plain.pem) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted. Give its passphrase (--passphrase) to read the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key. Check the passphrase (it is case-sensitive) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s encryption asks for %1 key-derivation rounds, far more than any real key uses; it was not decrypted. Re-encrypt the key with openssl pkcs8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only EC PARAMETERS (a curve name), no key or certificate. Choose the key file, or create a key with “openssl ecparam -genkey -name prime256v1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds certificates and a private key together. Exports need them in separate files, so the key never ends up in a certificate string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than one key; only the first is described. Split it into one file per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC PARAMETERS block names the curve %1, but the key is on %2. Use the file exactly as openssl wrote it, or drop the EC PARAMETERS block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name starts with the certificate ID %1, but this certificate&apos;s ID is %2. The file was renamed or belongs to another certificate; check that you have the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named like a certificate but holds a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named like a private key but holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named like a public key but holds something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate. Give the certificate first, then the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no private or public key. Give the key file (…-private.pem.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PKCS#8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy encrypted PKCS#1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy encrypted SEC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubjectPublicKeyInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption headers of the %1 block (line %2) are not valid (expected “Proc-Type: 4,ENCRYPTED” and “DEK-Info: &lt;cipher&gt;,&lt;IV&gt;”). Use the original key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 block (line %2) decodes, but its content is not a valid %3: the file is truncated or corrupted. Download or copy the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, inside the %2 block that starts on line %3, has “%4” at column %5, which is not base64. The file is corrupted or was edited; use the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base64 text of the %1 block (lines %2–%3) does not decode (wrong length or misplaced “=” padding): the file is truncated or corrupted. Download or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not a certificate or key file. Save it as UTF-8 or ASCII text (PEM) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is binary but not a DER certificate. Use the PEM file (text that starts with -----BEGIN), or convert a DER key with “openssl pkey -inform DER -in FILE -out key.pem”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key (EncryptedPrivateKeyInfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#1 RSA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC1 EC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key (SubjectPublicKeyInfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named-curve EC parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose the certificate or key file itself; if it was just downloaded or copied, do that again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 block that starts on line %2 has no “-----END %1-----” line: the file is truncated. Download or copy the file again, complete with its END line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 starts a “%2” block, which is not a certificate or key this tool reads. Use a CERTIFICATE, a private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY) or a PUBLIC KEY; convert other formats with openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 starts with “-----BEGIN” but is not a complete “-----BEGIN &lt;TYPE&gt;-----” line (a PEM block needs it on a line of its own). Use the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 ends a PEM block that never began: its “-----BEGIN …-----” line is missing or damaged. Use the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block that starts on line %1 with “BEGIN %2” ends on line %3 with “END %4”. BEGIN and END must name the same type; use the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM block (“-----BEGIN …-----” … “-----END …-----”) was found. Choose the .pem/.crt/.key file itself, or convert the file to PEM with openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the test PKI: %1 failed. Check that OpenSSL 3 is installed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid AWS IoT thing name: use 1–128 letters, digits, “:”, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the test PKI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensors/room1 or sensors/+/telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exact topic, or a topic filter with + and #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.reported.temp (empty: the payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON path such as temperature, state.reported.temp or readings[2].value; empty when the payload itself is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the legend and in exported files; empty: the topic and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots the field of messages on the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each series with its topic, field, last value and the messages that had no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected series from the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time the chart shows, up to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the plot where it is; samples are still kept and shown on Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the chart as shown to a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the points shown to a CSV file with the columns time, series and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart holds at most %1 series. Remove one before adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1 · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1 · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plotted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing plotted yet: add a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT (port 8883)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT (port 443, ALPN x-amzn-mqtt-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT: the client ID is the thing name, the CA is taken from the system store unless you choose one, and QoS 2 is not offered (AWS IoT does not support it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqtt:// (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqtts:// (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws:// (WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss:// (WebSocket over TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain TCP, TLS, WebSocket or WebSocket over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address of the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the broker: usually 1883 plain, 8883 TLS, 443 with ALPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the WebSocket endpoint, ws:// and wss:// only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my-thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT thing name, also used as the client ID: 1 to 128 letters, digits, colons, underscores, hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin&amp;g name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (mqtts:// and wss:// only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the system trust store. It includes Amazon Root CA 1, which AWS IoT endpoints use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate of this device, for mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key that belongs to the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of an encrypted private key; empty otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated ALPN protocol names; x-amzn-mqtt-ca for AWS IoT on port 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;LPN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not verify the broker (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the broker (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips the check of the broker&apos;s certificate chain and host name. For testing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning: the broker&apos;s certificate and host name will not be checked. Anyone on the network path can pose as the broker and read or change your messages and credentials. Use this only for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random (thingbench-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT client identifier; empty for a random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between pings when idle; 0 turns keep-alive off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-&amp;alive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean s&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a new session (clean session on MQTT 3.1.1) instead of resuming the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5 only: how long the broker keeps the session after a disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session e&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a lost connection, reconnect with increasing delays and restore every subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last w&amp;ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the broker publishes for this client when it disconnects without saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. devices/my-thing/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain the last will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the thing name as registered in AWS IoT; it is also the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thing name has 1 to 128 characters: letters, digits, “:”, “_” and “-”. Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host (endpoint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxxxxxxxxxxxx-ats.iot.&lt;region&gt;.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. broker.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thing name is the client ID for AWS IoT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry needs MQTT 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The endpoint has no region. It looks like …-ats.iot.&lt;region&gt;.amazonaws.com, for example …-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No “-ats” in the endpoint: legacy endpoints use a Symantec certificate that the system store may not trust. Use the ATS endpoint shown in the AWS IoT console (Settings, Device data endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This does not look like an AWS IoT endpoint (…-ats.iot.&lt;region&gt;.amazonaws.com). Copy it from the AWS IoT console: Settings, Device data endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a certificate or key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a certificate and a key together: the connection needs them in separate files (export each from the certificate manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT with IAM credentials (WebSocket, SigV4, port 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom, or AWS IoT Core over mutual TLS on port 8883 or on port 443 with ALPN, or over a WebSocket signed with IAM credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket with SigV4 (the sandbox&apos;s IAM user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s WebSocket with SigV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the local sandbox over MQTT over WebSocket, signed with the sandbox&apos;s IAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greengrass: click Discover and wait for a core that answers, or clear “Connect through a Greengrass core”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The %1 “%2” does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is a folder. Choose the file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be read. Check that it is a file you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker URL given. Use for example mqtts://broker.example.com:8883 or mqtt://127.0.0.1:1883.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no scheme. Write mqtt://%1 (plain), mqtts://%1 (TLS), ws://%1 or wss://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL (%2). Use for example mqtts://broker.example.com:8883.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported scheme “%1://”. Use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no host name. Use for example %2://broker.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range. Use a port between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path (“%1”) only makes sense for ws:// and wss:// URLs. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker host given. Enter the broker&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 is not valid. Use the broker&apos;s port, usually 1883 (plain) or 8883 (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS files or ALPN were given for a plain connection. Use an mqtts:// or wss:// URL, or remove the TLS options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key was given without a client certificate. Add the certificate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate was given without its private key. Add the key too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN protocol names must be 1 to 255 bytes long, e.g. x-amzn-mqtt-ca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive must be between 0 and 65535 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is too long: MQTT allows at most 65535 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry is an MQTT 5 feature. Choose MQTT 5, or use a persistent session (clean session off) on MQTT 3.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1 does not allow a password without a user name. Add a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect delays must be positive, with the maximum at least the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last will QoS must be 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 signing works only over secure WebSockets. Use a wss:// URL, e.g. wss://abc-ats.iot.eu-west-1.amazonaws.com:443/mqtt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 signing needs an access key ID and its secret access key. Enter both, or choose an AWS profile that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 signing needs the endpoint&apos;s region, e.g. eu-west-1 for abc-ats.iot.eu-west-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 signing needs a service name; AWS IoT uses iotdevicegateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Amz-Expires must be from 1 to 604800 seconds, or left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIo</name>
    <message>
        <source>File “%1” does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File “%1” is larger than %2 bytes. Choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”. Check that you have permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that you have permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make “%1” readable by its owner only; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed; the previous version is unchanged. Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends in the middle of the data (cut off after %1 bytes, for example by a full disk or a crash while it was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”. Check that you have permission to write in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes, more than such a file can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a JSON %1 where an object ({…}) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid “schemaVersion” (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not have the expected content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer ThingBench (schema version %1; this version understands up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used: %3. It could not be moved aside either, so nothing will be saved over it until you move or repair it. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” was written by a newer ThingBench (schema version %3; this version understands up to %4). So that this version does not overwrite it, it was moved to “%5” and a new one is started. To use it again, rename it back and open it with the newer ThingBench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used: %3. It was moved to “%4” and is kept there; a new one is started. Open the moved file to copy back what you need, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReference</name>
    <message>
        <source>%1 is no longer there: it was moved or deleted since it was chosen. Choose it again in the connection settings (or drop it on the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since it was chosen (its SHA-256 fingerprint differs). If you replaced it on purpose, choose it again in the connection settings to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreengrassBox</name>
    <message>
        <source>Greengrass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through a Greengrass core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Greengrass discovery which core devices this thing may use, and connect to one of them instead of AWS IoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port of Greengrass discovery; empty: greengrass-ats.iot.&lt;region of the endpoint&gt;.amazonaws.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover Greengrass cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks discovery with the certificate, key and thing name above, then tries each core endpoint in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greengrass cores found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each core endpoint discovery listed, in the order they are tried, and whether it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Greengrass discovery found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port of the discovery service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which Greengrass cores “%2” may use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n core endpoint(s). Trying each in order…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core %1 answers at %2. OK connects through it as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsPublishOptions</name>
    <message>
        <source>HTTPS publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send over &amp;HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 8443 without ALPN, or port 443 with the ALPN protocol x-amzn-http-ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 443 (ALPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS publishing needs the connection&apos;s client certificate and key. Set them in the connection settings (or the certificate manager&apos;s “Use for this connection”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes with the AWS IoT HTTPS data plane at %1:%2 instead of MQTT (QoS 0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ThingBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqtt://, mqtts://, ws:// or wss:// URL of the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett&amp;ings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS files, ALPN, client ID, MQTT version, last will, AWS IoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect / Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscription &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ThingBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ThingBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThingBench %1&lt;/h3&gt;&lt;p&gt;MQTT test client for AWS IoT Core and any MQTT 3.1.1/5 broker.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages received in the last second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages dropped: inbox full (arriving faster than shown), pane full (a pane&apos;s queue reached its limit), while paused (a paused pane&apos;s hold overflowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost; reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %L1 inbox full · %L2 pane full · %L3 while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shadow workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate files are set, but the broker URL has no TLS (%1): use mqtts:// (or wss://) for them to be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MQTT password of %1 on %2 (kept in memory until ThingBench closes, never on disk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the private key %1 (kept in memory until ThingBench closes, never on disk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused to connect as “%1”. %2 Change the policy in the sandbox&apos;s registry (thingbench-cli registry), or connect with another certificate or client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused %1 publishes to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused the publish to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (MQTT does not tell a QoS 0 publisher.) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused this subscription. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy refused %1 on “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1 retained messages; %2 not cleared: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record and replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in to AWS IoT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect through a Greengrass core: %1 is not an AWS IoT endpoint, so the discovery endpoint is not known. Enter it in the connection settings (Greengrass, Discovery endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect through a Greengrass core: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greengrass discovery found no core to connect to: %1 To connect to the endpoint directly, clear “Connect through a Greengrass core” in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which Greengrass cores “%2” may use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: %1 changed, %2 added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical payloads (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: the same lines, spelled differently (spacing or line endings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1 lines added, %2 removed%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (too different to compare line by line; the changed part is shown whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 0x%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary: %1 bytes differ in %2 ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 bytes added at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 bytes cut from the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDiffView</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2. Fix the expression or turn off “Regex”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>“properties.user_properties” must be a list of [name, value] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of “properties.user_properties” must be a [name, value] pair of two strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“properties.%1” must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“properties.correlation_data_base64” must be a base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“properties.message_expiry_interval” must be a whole number of seconds from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“properties.payload_format_indicator” must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tst” (the receive time, ISO 8601 UTC such as 2026-05-04T10:20:30.123Z) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tst” is “%1”, not an ISO 8601 time such as 2026-05-04T10:20:30.123Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“topic” must be a topic name (a string that is not empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“qos” must be 0, 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“retain” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of “payload” (text) and “payload_base64” (other bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“payload” must be a string; use “payload_base64” for bytes that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“payload_base64” must be a base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“payloadlen” must be a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“payloadlen” says %1 bytes but the payload has %2; the line was changed or cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“properties” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object; each line must be one message object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed at line %2. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed; nothing was changed. Check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; “%1” was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be read and were skipped: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageRecorder</name>
    <message>
        <source>Cannot record to “%1”: the folder “%2” does not exist. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to “%1”: “%2” is a file, not a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to “%1”: it is a folder. Give a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to “%1”: the disk is full. Free some space or record to another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to “%1”: you may not write there (%2). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to “%1” stopped: “%2” could not be renamed for the next file. Check the folder&apos;s permissions, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to “%1” stopped: it could not be renamed to “%2” for the next file. Check the folder&apos;s permissions, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to “%1” stopped after %2 messages: the disk is full. Free some space or record to another disk, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to “%1” stopped after %2 messages: writing failed (%3). Check the disk, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageReplayer</name>
    <message>
        <source>“%1” does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed at line %2. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed %1 messages in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 messages/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (the first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were handed to the connection but their result did not come before the replay ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages went without their MQTT 5 properties, which an MQTT 3.1.1 connection cannot carry (connect with MQTT 5 to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed must be from %1 to %2 (1 replays at the recorded pace, 2 twice as fast), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both topic prefixes, the one to replace and the new one (OLD=NEW), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic prefix “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish window and the read-ahead must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there are no messages to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no messages in ThingBench&apos;s JSON-lines format (as “thingbench-cli sub --format jsonl” writes it). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the broker was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttSession</name>
    <message>
        <source>the broker refused the subscription (unspecified error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused the subscription (implementation specific error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorised: the broker&apos;s policy does not allow this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker says the topic filter is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker does not support shared subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker does not support subscription identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker does not support wildcard subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused the subscription (reason code 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the broker acknowledged the message; it may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2). Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2). Connect again when the broker is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You disconnected before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to “%1” failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorised: the broker&apos;s policy does not allow publishing to this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker says the topic name is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused the payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused it (reason code 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the broker acknowledged it (Paho code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not delivered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept MQTT %2. Choose the other MQTT version in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the client id “%2”. Use another client id (for AWS IoT: the thing name, allowed by the policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable or busy right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the user name or password. Check the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: not authorised. Check the broker&apos;s access rules (on AWS IoT: the policy attached to the certificate must allow iot:Connect for client id “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support the authentication method used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: connection rate exceeded. Wait a moment and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (reason code 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the network connection works, but the MQTT handshake failed (Paho code %2). Check the MQTT version, the client id and the broker&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the message to “%1” was not sent. Connect first, then publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to “%1” was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the broker acknowledged the message; it may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paho said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish queue full: %1 messages (%2 MB) are waiting to be sent, so the message to “%3” was not sent. Wait for the queue to drain, or slow the repeat down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericField</name>
    <message>
        <source>expected “.” or “[” at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field path: %2. Separate names with dots and put array indexes in brackets, e.g. state.reported.temp or readings[2].value; leave it empty for a payload that is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“]” at character %1 closes no “[”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is missing at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “[” at character %1 is not closed with “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at character %2 is not an array index (0, 1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted name at character %1 is not closed with “&quot;]”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message>
        <source>not valid UTF-8: invalid bytes are shown as �; use Hex to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 bytes are shown, which are not complete JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local AWS IoT registry the checks use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the registry file again (the sandbox and thingbench-cli registry change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would this thing &amp;work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered certificate the device presents; its policies decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID the device connects with; the thing of this name is bound when it is attached to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually the thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets iot:ConnectAttributes PersistentConnect on the connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic filter per line; each is checked for Subscribe and for Receive on a topic it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic filter per line, e.g. $aws/things/my-thing/shadow/update/delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublishes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line; a line starting with “retain ” is a retained publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line; start it with “retain ” for a retained publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the subscriptions and publishes from this window’s panes, templates and draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request of the session with its decision and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry policy (its default version) to start from; edit the document below freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS IoT policy document (JSON) to evaluate the request against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an AWS IoT policy document (JSON), or pick one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic, topic filter or client ID (the ARN is made for you), or a full ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic, topic filter or client ID, or a full arn:aws:iot:… ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry thing bound to the connection; empty when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thing is attached to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request is allowed or denied, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Denied by a Deny statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Denied: nothing allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive “%1” (under “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pasted below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be read: %1. The last one read is still used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2) · %3 · thing %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registered certificate first (the registry has none, or it could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID the device connects with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ This session would work: all %1 requests are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ This session would not work on AWS IoT: %1 of %2 requests are denied, first: %3. The table says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsistent session (clean session off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke from this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishComposer</name>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. devices/my-thing/telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ayload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-print the JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact the JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file as the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message expiry in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (double-click to reuse):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return publishes from anywhere in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between repeated messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeat publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear retained…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the retained message of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From file “%1”: %n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not valid JSON: %1 at offset %2 (it is sent as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot format: not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the topic whose retained message should be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear retained message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the retained message of “%1”? The broker forgets it; new subscribers get nothing until a new retained message is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“templates” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” of %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“qos” of %1 is not 0, 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“retain” of %1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“message_expiry” of %1 is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“user_properties” of %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user property of %1 is not a [name, value] pair of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published over HTTPS at %1 (HTTP %2, trace id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentShadows</name>
    <message>
        <source>recent shadows file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“things” is not a list or “shadows” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReplayDialog</name>
    <message>
        <source>Record and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file size in MiB (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated files kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> older files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recording, an export or thingbench-cli sub --format jsonl output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of the replay (1: as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move topics &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic prefix to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old/prefix (empty: topics as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replay running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: writing what is queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to record to (Browse…), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 to %2: %3 messages, %4 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 dropped (the disk is slower than the messages arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 messages to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 messages could not be recorded (the disk was slower than the messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: waiting for the broker to confirm what was sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a broker first: the replay publishes on this window&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to replay (Browse…), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying: %1 messages sent so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay could not start: check the file and the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local AWS IoT registry file shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;thing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a thing (aws iot create-thing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a PEM or DER certificate as ACTIVE (aws iot register-certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a policy from the document below (aws iot create-policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the registry file again (the sandbox and thingbench-cli registry change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry change result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things, certificates and policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local AWS IoT registry; select an entry to see and change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the registry holds for the selected thing, certificate or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws iot update-certificate --new-status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy to attach or detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches the policy to the selected certificate (aws iot attach-policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detac&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaches the policy from the selected certificate (aws iot detach-policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing to attach the certificate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to th&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aws iot attach-thing-principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected policy’s default version; edit it and save it as a new version, or write one for a new policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the document as the policy’s new default version (aws iot create-policy-version --set-as-default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected thing or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is attached: no connection is bound to this thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is attached: every request of this certificate is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version: %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate (a key or another file?). Choose the device&apos;s certificate (…-certificate.pem.crt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a thing, a certificate or a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate from “%1” registered as ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name (its document is the one in the editor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New default version of “%1” saved; the sandbox applies it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1… is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy “%1” attached to certificate %2….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy “%1” detached from certificate %2….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1… attached to thing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the thing “%1” from the registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy “%1” and all its versions from the registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy docu&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox broker decides every request of a client certificate from this registry, as AWS IoT would; changing it restarts the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS MQTT &amp;3.1.1 behaviour: a denied publish closes the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As AWS IoT does for MQTT 3.1.1 clients; changing it restarts the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the “Local sandbox” workspace to change how the sandbox runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enfor&amp;ce AWS IoT policies on its mutual-TLS listener</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetainedCleaner</name>
    <message>
        <source>%1: skipped (topics starting with $ belong to the broker or to AWS IoT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 for %1 %3; the sandbox uses port %4 instead.</source>
        <extracomment>%1: listener (&quot;plain MQTT&quot;), %2: port, %3: &quot;is in use by another program&quot;, %4: the new port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox ports file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“port” and “tlsPort” must be port numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given for the local broker. Choose a folder it may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” contains a line break, which mosquitto&apos;s configuration cannot hold. Choose a path without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was given for the broker&apos;s mutual-TLS listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” does not exist. Delete the sandbox folder&apos;s “pki” folder to have a new one made, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox folder “%1”. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free TCP port could be found on 127.0.0.1. Close some programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“pki.%1” is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate file “%1” is missing, so a new set of certificates was made. Files copied from the old set no longer work with this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadows could not be read (%1); the file was moved to “%2” and the sandbox starts without shadows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s shadows could not be read (%1) and the file could not be moved aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use “%1” as the sandbox folder: it cannot be created or written to. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device certificate in “%1” was made for the thing “%2”, not “%3”. It still connects; delete the sandbox folder&apos;s “pki” folder and sandbox.json to get one for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local broker has not run in “%1” yet, so its ports are not known. Start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sandbox ports file of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used (%2). Start the sandbox once to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose a folder for the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox folder “%1” is in use by another sandbox (%2, process %3). Stop that one first, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the sandbox folder “%1” (%2). Check that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sandbox file of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s certificate file “%1” is missing. Start the sandbox once to make a new set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local sandbox has run in “%1” yet. Start it first (the “Local sandbox” workspace in ThingBench, or thingbench-cli sandbox --dir &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy plugin needs a registry file and a decision log, without line breaks in their paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s console certificate (%1). Delete the sandbox folder&apos;s “pki” folder and sandbox.json to have a new set made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s registry “%1” cannot be used: %2. Fix or delete the file (the sandbox makes a new one), or run thingbench-cli registry to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s new certificates were registered in its registry “%1”, with their policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s IAM user file “%1” could not be used (%2); it was set aside as “%3” and a new IAM user was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox&apos;s IAM user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::AwsServices</name>
    <message>
        <source>Port %1 for MQTT over WebSocket was in use; a free one is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT over WebSocket (SigV4) is not available in the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 for the HTTPS data plane was in use; a free one is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS data plane and Greengrass discovery are not available in the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::LocalBroker</name>
    <message>
        <source>was killed by %1 (signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mosquitto did not accept connections on ports %1 and %2 within %3 s. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with “sudo apt install mosquitto” (Debian, Ubuntu) or your system&apos;s package manager, then start the sandbox again. The rest of ThingBench works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox needs the MQTT broker mosquitto, but “%1” is not an executable file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox needs the MQTT broker mosquitto, which is not installed (looked on PATH, in /usr/sbin and in /usr/local/sbin). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run mosquitto (“%1”): %2. Reinstall it (sudo apt install --reinstall mosquitto) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mosquitto %1 before it accepted connections. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mosquitto %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mosquitto %1. Its log ended with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mosquitto stopped unexpectedly %1 times within a minute, so it is not started again. The last time: %2
See %3 for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It printed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its log (%1) ends with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It wrote nothing to its log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s policy plugin (thingbench_policy_plugin.so) was not found (looked at %1). Reinstall ThingBench, set THINGBENCH_POLICY_PLUGIN to the plugin&apos;s file, or start the sandbox without AWS IoT policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::SampleDevice</name>
    <message>
        <source>The sample device could not publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample device&apos;s connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample device ignores the desired state %1: its LED understands &quot;on&quot; and &quot;off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow service rejected the sample device&apos;s report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::Sandbox</name>
    <message>
        <source>The sandbox did not become ready within %1 s (it was %2). The broker&apos;s log may tell why: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid thing name: use 1–128 letters, digits, “:”, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox (%1). Free some space in %2 or choose a folder for the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting mosquitto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the shadow service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow service cannot connect to the sandbox&apos;s broker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the sample device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of the sandbox&apos;s listeners cannot share port %1. Choose different ports, or leave them out to have free ones chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxProcess</name>
    <message>
        <source>The local sandbox needs thingbench-cli, which is not installed beside ThingBench. Reinstall ThingBench, or set THINGBENCH_CLI to the thingbench-cli program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox process crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox process ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which runs the local sandbox, could not be started (%2). Reinstall ThingBench, or set the environment variable THINGBENCH_CLI to the thingbench-cli program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped %1 times within a minute (%2); it is not restarted again. Its folder, with mosquitto.log, is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The secret is asked for when it is needed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowClient</name>
    <message>
        <source>Cannot receive the answers of shadow “%1”: %2 Check that the broker&apos;s policy allows subscribing to “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 request was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following shadow “%1” before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MQTT session to send the request on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot receive the answers of shadow “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the broker to the subscriptions for shadow “%1” within %2 s, so the %3 request was not sent. Check the connection and that the policy allows subscribing to “%1/%3/accepted” and “%1/%3/rejected”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the %1 request on “%2” within %3 s: nothing arrived on “%2/accepted” or “%2/rejected”. Check that a shadow service runs on this broker (AWS IoT, or “thingbench-cli shadow serve”) and that the policy allows publishing to “%2” and subscribing to its answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowDiff</name>
    <message>
        <source>The %1 state is not valid JSON. Give a JSON object, or null when the section is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 state must be a JSON object (or null when the section is absent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowDocument</name>
    <message>
        <source>This is not a shadow document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;state&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;desired&quot; and &quot;reported&quot; must be objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowService</name>
    <message>
        <source>The shadow service cannot receive requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow state was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowStore</name>
    <message>
        <source>The shadow state file is damaged (%1). Move it aside to start with no shadows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schemaVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow state file was written by a newer ThingBench (schema version %1). Update ThingBench or use another state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;shadows&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thing or shadow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid thing or shadow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or wrong exists, version or deletedAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state and metadata must be objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its metadata do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted shadow has state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowTreeModel</name>
    <message>
        <source>→ Only desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Only reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · just changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ in the keys below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>an absent value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>desired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShadowView</name>
    <message>
        <source>Shadow workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thing whose shadow is shown; recent things are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hadow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for the classic shadow, or the name of a named shadow; names seen on this connection are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets the shadow&apos;s current document over the current connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the shadow after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows every accepted update, delta and document of the shadow as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key with its desired, reported and delta values; the status column says whether they are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if still at &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the version shown, so the service refuses the update (409) when someone changed the shadow meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as &amp;device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports the current desired values, as a device that applied them would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the JSON below as the chosen section of an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object with the keys to change; null deletes a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;green&quot;}  — a JSON object; null deletes a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request sent and every answer received, with its topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(classic shadow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the thing whose shadow you want to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid thing name: use 1 to 128 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid shadow name: use 1 to 64 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;, or leave it empty for the classic shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to AWS IoT or a broker first (File → Connect), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: the shadow shown has no desired state. Get the shadow, or set desired values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classic shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shadow “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 of “%2”? Its desired and reported state are lost; its version number continues after the delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version conflict (409): the shadow changed after the version your update expected. It is at version %1 now, shown below. Check it, then retry your update on this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry on version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow was deleted (version %1). An update creates it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow service rejected the %1 (code %2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broker is not AWS IoT: if nothing serves shadows on it, start ThingBench&apos;s local shadow service here, then get the shadow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start local shadow service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the request: the state must be a JSON object, at most 6 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not authorized: check the certificate and the policy attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not allow this shadow: allow iot:Publish and iot:Receive on its topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update to create the shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the shadow and send the update again on its current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the state smaller: a shadow holds at most 8 KB of desired and reported state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed: retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a thing and a shadow, then Get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no document shown. Get the shadow, or send an update to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic shadow of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow “%1” of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last update %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no update time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delta: reported matches desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta pending: reported differs from desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n key(s) just changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older forgotten)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same version on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the keys to change as a JSON object, e.g. {&quot;color&quot;: &quot;green&quot;}; null deletes a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at character %2. Fix it to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a JSON object ({…}): a section of a shadow is an object of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON object with %n key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set desired “%1” to null (delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reported “%1” to null (delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy desired value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local shadow service now answers shadow requests on this broker, as AWS IoT would (state kept in memory while ThingBench runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local shadow service cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over RE&amp;ST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List na&amp;med shadows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over REST needs the connection&apos;s client certificate and key: set them in the connection settings, or uncheck “Over REST” to use MQTT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets, updates and deletes through the Device Shadow REST API at %1 instead of MQTT; live updates keep coming over MQTT while connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadows over REST need the connection&apos;s client certificate and key. Set them in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the thing&apos;s named shadows over REST at %1 (ListNamedShadowsForThing) and offers them in the shadow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing named shadows over REST needs the connection&apos;s client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow %1 over REST got no answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received over REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shadow service rejected the %1 over REST: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the thing whose named shadows you want to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the named shadows of “%1” over REST failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no named shadows (the classic shadow is never listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n named shadow(s): %2. They are offered in the shadow list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service has more than one page: only the first %n are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionPane</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. devices/+/telemetry or $aws/things/my-thing/shadow/#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT topic filter; + matches one level, # the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the message list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the message list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the messages to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topic and payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rege&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole payload of the selected message to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 bytes — “Save payload…” writes all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 evicted (row or memory limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 held while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour marks this pane&apos;s tab; it carries no other meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages the pane keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages are evicted and counted beyond this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the pane may use for messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;topic and payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recording in this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the messages of a JSON-lines file as if they had just arrived, with their original times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export or opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and opening result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running export or opening to finish, or cancel it, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln message(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were evicted by new arrivals before they could be copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no message ThingBench can read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”: %Ln message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening “%1” stopped: %Ln of %2 message(s) were added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 received · %2 dropped (pane full) · %3 dropped while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · searching… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy withheld %1 messages from this pane, the latest on “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s AWS IoT policy withheld a message on “%1” from this pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the p&amp;revious message on the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the previous message on this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the marked message (%1, %2) to this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the previous message on this topic (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier message on this topic in this pane: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier message on this topic within the last %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the message of %1 on %2: select another message to see what changed from it. “Compare with the previous message on the topic” goes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsDiagnostics</name>
    <message>
        <source>The broker&apos;s certificate is not valid for “%1”. Connect with the host name the certificate was issued for, or fix the broker&apos;s certificate (its subjectAltName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired. Renew the broker&apos;s certificate, or check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by a CA this computer trusts. Choose the CA file that signed the broker&apos;s certificate (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by the CA in “%1”. Choose the CA file that signed the broker&apos;s certificate (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate was rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker requires a client certificate. Choose the device certificate and its private key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the TLS handshake; it probably requires a client certificate. Choose the device certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the TLS handshake. Check the ALPN setting (AWS IoT on port 443 needs x-amzn-mqtt-ca) and that the broker accepts this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker rejected the client certificate “%1”: it does not trust its issuer. Use a certificate registered with this broker (on AWS IoT: registered and active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker says the client certificate has expired. Create or renew the device certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not accept the ALPN protocol offered (%1). Remove ALPN, or use x-amzn-mqtt-ca for AWS IoT on port 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker host “%1” was not found. Check the spelling of the host name (for AWS IoT: the endpoint from Settings in the AWS IoT console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1:%2. Check the host and port, and that no firewall blocks the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1:%2 was refused: no broker is listening there. Check the port (1883 plain, 8883 TLS, 443 with ALPN) and that the broker is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PEM certificate. Export the device certificate as PEM (-----BEGIN CERTIFICATE-----) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key “%1” is wrong. Enter the passphrase the key was encrypted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PEM private key. Choose the device&apos;s private key file (-----BEGIN … PRIVATE KEY-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key “%1” does not belong to the certificate “%2”. Choose the key that was created together with this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” holds no PEM certificate. Choose the CA certificate in PEM form (for AWS IoT: AmazonRootCA1.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate “%1” expired on %2. Create or renew the device certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate “%1” is not valid before %2. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1:%2 closed the connection during the TLS handshake. Check that this port speaks TLS (mqtts:// is usually 8883) and the ALPN setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed. Check the port and the TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>“+” must be a whole level of a filter, between slashes: use “%1”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“#” must be the last level of a filter, on its own: use “%1”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“#” must be the last level of a filter: use “%1”, not “%2”. To match exactly one level in the middle, use “+”, as in “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared subscription “%1” has no share name. Write “$share/&lt;name&gt;/&lt;filter&gt;”, for example “$share/workers/sensors/#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share name “%1” contains “+” or “#”, which share names may not contain. Use a plain name, for example “$share/workers/sensors/#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared subscription “%1” has no topic filter after the share name. Write “$share/%2/&lt;filter&gt;”, for example “$share/%2/sensors/#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic filter is empty. Enter a filter such as “sensors/+/temperature”, or “#” for every topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic filter is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it, for example by replacing levels with “+” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic filter contains a null character (U+0000) at position %1, which MQTT does not allow. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is empty. Enter a topic such as “sensors/kitchen/temperature”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic contains a null character (U+0000) at position %1, which MQTT does not allow. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “%1” contains “%2”: wildcards are only allowed in subscriptions, not in the topic you publish to. Replace “%2” with a concrete level name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicLint</name>
    <message>
        <source>Starts with “/”: that makes an empty first level, a different topic from the one without it. AWS recommends no leading slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a space: valid MQTT, but easy to mistype in code and rules. Use “-” or “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains characters outside ASCII: AWS IoT rules and policies handle them poorly. Prefer ASCII letters, digits, “-” and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not contain the thing name “%1”. AWS recommends a thing name in every device topic, so policies can restrict each device to its own topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“$aws/” topics are reserved by AWS IoT; publishing here is refused unless it is a shadow, job, provisioning or rules topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT does not support QoS 2; it will refuse this. Use QoS 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT has no “$SYS” topics; nothing will arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has %1 “/”: AWS IoT allows at most %2 in a topic. Flatten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is %1 bytes: AWS IoT refuses messages over 128 KB (131072 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>retained, %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained, %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (msg/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicTreePane</name>
    <message>
        <source>Topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic filter of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic under this filter is shown. # does not match topics starting with $: add a tree on $aws/# for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &amp;cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most topics kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond this many topics the one updated longest ago is evicted (and counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colla&amp;pse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets every topic shown (nothing changes on the broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, messages and evictions of the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tree or the broker said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to see its last message and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message of the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory (newest first; select two to compare them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference with the previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic: what changed from its previous message shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the tree&apos;s subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics, %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 topics evicted over the cap of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no message on this topic itself; %2 below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message on this topic itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages; the last at %3, QoS %4, %5 bytes%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; holds a retained message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 bytes · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one message on this topic so far: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the message of %1 to the next one (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the message of %1 to the one of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest kept message: nothing before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pane on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pane on this topic only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 retained messages below here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retained message below here: nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the %1 retained messages at and below %2 on the broker? Each topic gets an empty retained message, which removes it for every client. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing %1 retained messages below %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1 retained messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file reference ({&quot;path&quot;: …})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both “payload” and “payload_base64”: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour like #3366cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceBar</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace in use: its connection, panes, templates and shadows are saved as you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, rename, duplicate, delete, import and export workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the workspace is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox: a mosquitto broker on this computer with a sample device. Everything works offline; nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the sample LED on (shadow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the sample LED off (shadow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ThingBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace “%1”? Its panes, templates and settings go with it (you can undo this until you close ThingBench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the CA and the client certificate inside the exported file, so it works on another computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the private key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also put the PRIVATE KEY inside the file? Anyone with the file can then connect as this device. Only do this for a file you keep safe (it is written readable by you alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(starting the local sandbox…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly and was restarted (%1). The connection and its subscriptions are restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox restarts to apply its new settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be moved to “%2”: check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a workspace name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace name cannot contain control characters (tabs, line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace “%1” (no file %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” was written by an older ThingBench (schema %2); it was brought up to date and will be saved in the new form (the old file is kept as its backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its previous version (the backup “%1”) was good and is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a workspace “%1”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace “%1” was created since; rename it first, then undo the delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace state file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be embedded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded %1 has no file name or its content is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer ThingBench (schema %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid “schemaVersion”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
