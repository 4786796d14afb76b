import './fonts.css'
import './deck.css'
