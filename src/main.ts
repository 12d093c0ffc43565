import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { warmUp } from './warm.ts';
import { prefetchBundled } from './io/load.ts';

// The bundled dataset needs the validator: fetch it now, alongside the data
// (and its layout, computed beforehand), rather than one after the other.
if (!new URLSearchParams(location.search).has('data')) {
  prefetchBundled();
  void import('./core/model/validate.ts').catch(() => {});
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
mount(App, { target });
warmUp();
