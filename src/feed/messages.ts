import { defineCatalogue } from '../kernel/i18n.ts';

/** What the claims feed and its webhooks say. */
export const feedMessages = defineCatalogue('feed', {
  nl: {
    otherDepartment: 'Niet jouw dienst.',
    invalidUrl: 'Ongeldige URL.',
    httpUrl: 'Gebruik een http(s)-URL.',
    unresolvable: 'Deze hostnaam is niet te vinden.',
    localTarget:
      'Een webhook kan niet naar deze server zelf, een link-local adres (zoals 169.254.169.254) of een niet-toegelaten privénetwerk wijzen (EVS_WEBHOOK_ALLOWED_NETWORKS).',
    unknownWebhook: 'Onbekende webhook.',
  },
  fr: {
    otherDepartment: 'Ce n’est pas votre service.',
    invalidUrl: 'URL non valide.',
    httpUrl: 'Utilisez une URL http(s).',
    unresolvable: 'Ce nom d’hôte est introuvable.',
    localTarget:
      'Un webhook ne peut pas pointer vers ce serveur lui-même, une adresse link-local (telle que 169.254.169.254) ou un réseau privé non autorisé (EVS_WEBHOOK_ALLOWED_NETWORKS).',
    unknownWebhook: 'Webhook inconnu.',
  },
  en: {
    otherDepartment: 'Not your department.',
    invalidUrl: 'Invalid URL.',
    httpUrl: 'Use an http(s) URL.',
    unresolvable: 'This host name cannot be resolved.',
    localTarget:
      'A webhook cannot point at this server itself, a link-local address (such as 169.254.169.254) or a private network that is not allowed (EVS_WEBHOOK_ALLOWED_NETWORKS).',
    unknownWebhook: 'Unknown webhook.',
  },
});
