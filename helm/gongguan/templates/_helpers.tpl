{{/* Chart name, truncated to 63 chars (DNS label limit). */}}
{{- define "gongguan.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Fully qualified app name; the release name alone if it already contains the chart name. */}}
{{- define "gongguan.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "gongguan.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "gongguan.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gongguan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "gongguan.labels" -}}
helm.sh/chart: {{ include "gongguan.chart" . }}
{{ include "gongguan.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "gongguan.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "gongguan.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "gongguan.image" -}}
{{- $repo := .Values.image.repository -}}
{{- if .Values.image.registry }}{{ $repo = printf "%s/%s" .Values.image.registry $repo }}{{ end -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repo .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (default .Chart.AppVersion .Values.image.tag | toString) -}}
{{- end -}}
{{- end -}}

{{/* Secret names: the chart's own Secret unless an existing one is given. */}}
{{- define "gongguan.databaseSecretName" -}}
{{- default (printf "%s-database" (include "gongguan.fullname" .)) .Values.database.existingSecret -}}
{{- end -}}

{{- define "gongguan.cryptoSecretName" -}}
{{- default (printf "%s-crypto" (include "gongguan.fullname" .)) .Values.crypto.existingSecret -}}
{{- end -}}

{{- define "gongguan.indexSecretName" -}}
{{- default (printf "%s-index" (include "gongguan.fullname" .)) .Values.index.existingSecret -}}
{{- end -}}

{{- define "gongguan.tenantsConfigMapName" -}}
{{- default (printf "%s-tenants" (include "gongguan.fullname" .)) .Values.tenants.existingConfigMap -}}
{{- end -}}

{{/* Data of the tenants ConfigMap: files/tenants/*.yaml, overlaid by .Values.tenants.files. */}}
{{- define "gongguan.tenantsData" -}}
{{- $data := dict -}}
{{- range $path, $_ := .Files.Glob "files/tenants/*.yaml" -}}
{{- $_ := set $data (base $path) ($.Files.Get $path) -}}
{{- end -}}
{{- range $name, $content := .Values.tenants.files -}}
{{- $_ := set $data $name $content -}}
{{- end -}}
{{- if $data }}{{ toYaml $data }}{{ else }}{}{{ end -}}
{{- end -}}

{{/* Fails rendering unless the required settings are given. */}}
{{- define "gongguan.validateValues" -}}
{{- if and (not .Values.database.existingSecret) (not .Values.database.url) -}}
{{- fail "gongguan: set database.url (JDBC URL, e.g. jdbc:postgresql://postgres:5432/gongguan) or database.existingSecret (a Secret with keys url, username, password, ownerUsername, ownerPassword)" -}}
{{- end -}}
{{- if and (not .Values.database.existingSecret) (not .Values.database.owner.username) -}}
{{- fail "gongguan: set database.owner.username (the owner role that runs the migrations) or database.existingSecret" -}}
{{- end -}}
{{- if and (not .Values.database.existingSecret) (eq .Values.database.owner.username .Values.database.username) -}}
{{- fail "gongguan: database.username (the runtime role) must differ from database.owner.username" -}}
{{- end -}}
{{- if and (not .Values.crypto.existingSecret) (not .Values.crypto.key) -}}
{{- fail "gongguan: set crypto.key (key for encrypting sensitive data at rest) or crypto.existingSecret (a Secret with key key)" -}}
{{- end -}}
{{- if and (not .Values.index.existingSecret) (not .Values.index.key) -}}
{{- fail "gongguan: set index.key (the person index's key, at least 32 characters, not the crypto key) or index.existingSecret (a Secret with key key)" -}}
{{- end -}}
{{- end -}}
